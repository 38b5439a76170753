package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IsoDateTest {

    @Test
    void readsTheDateAsWrittenAtItsPrecision() {
        assertEquals(Optional.of("2023-09-01"), IsoDate.of("2023-09-01T08:00:37"));
        assertEquals(Optional.of("2023-08-31"), IsoDate.of("2023-08-31T23:00:37Z"));
        assertEquals(Optional.of("2024-03-05"), IsoDate.of(" 2024-03-05 09:30:00+09:00 "));
        assertEquals(Optional.of("2023-09-01"), IsoDate.of("2023/9/1"));
        assertEquals(Optional.of("2023-09-01"), IsoDate.of("20230901"));
        assertEquals(Optional.of("2023-05"), IsoDate.of("2023-05"));
        assertEquals(Optional.of("2026"), IsoDate.of("2026"));
    }

    @Test
    void rejectsWhatIsNotARealDate() {
        for (String bad : new String[] {"", "yesterday", "2023-02-30", "2023-13", "2023-00-10", "2023-09-011",
                "2023-09/01", "5 March 2024", "12345"}) {
            assertEquals(Optional.empty(), IsoDate.of(bad), bad);
        }
    }
}
