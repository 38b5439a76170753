package dossier.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDateTest {

    private static PartialDate date(String text) {
        return PartialDate.parse(text).orElseThrow(() -> new AssertionError("did not parse: " + text));
    }

    @Test
    void fullDate() {
        PartialDate d = date("2022-07-22");
        assertEquals(new PartialDate(2022, 7, 22), d);
        assertEquals(PartialDate.Precision.DAY, d.precision());
        assertEquals("2022-07-22", d.iso());
        assertEquals("22 July 2022", d.display());
        assertEquals("2022-07-22", d.toString());
    }

    @Test
    void monthOnly() {
        PartialDate d = date("2023-05");
        assertEquals(new PartialDate(2023, 5, 0), d);
        assertEquals(PartialDate.Precision.MONTH, d.precision());
        assertEquals("2023-05", d.iso());
        assertEquals("May 2023", d.display());
    }

    @Test
    void yearOnly() {
        PartialDate d = date("2026");
        assertEquals(PartialDate.Precision.YEAR, d.precision());
        assertEquals("2026", d.iso());
        assertEquals("2026", d.display());
    }

    @Test
    void singleDigitDayIsShownWithoutAZero() {
        assertEquals("1 March 2024", date("2024-03-01").display());
        assertEquals("2024-03-01", date("2024-03-01").iso());
    }

    @Test
    void leapDay() {
        assertEquals("29 February 2024", date("2024-02-29").display());
        assertEquals(Optional.empty(), PartialDate.parse("2023-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-04-31", "2023-13", "2023-13-01", "2023-00", "2023-05-00", "2023-00-00",
            "2023-5", "2023-05-1", "23", "20230501", "2023/05/01", "May 2023", "2023-05-01T10:00", "", "2023-"})
    void invalidOrNonIsoDatesAreRejected(String text) {
        assertEquals(Optional.empty(), PartialDate.parse(text), text);
    }

    @Test
    void surroundingWhiteSpaceIsIgnored() {
        assertEquals(date("2023-05"), date(" 2023-05\n"));
    }

    @Test
    void constructorRejectsImpossibleDates() {
        assertThrows(RuntimeException.class, () -> new PartialDate(2023, 2, 30));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2023, 13, 0));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2023, 0, 5));
    }

    @Test
    void earliestFirstAndAPartialDateBeforeTheFullDatesWithinIt() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                date("2023-05-02"), date("2024"), date("2023-05"), date("2023-04-30"), date("2023"), date("2023-05-01"), date("2022-12-31")));
        Collections.shuffle(dates, new java.util.Random(7));
        Collections.sort(dates);
        assertEquals(List.of("2022-12-31", "2023", "2023-04-30", "2023-05", "2023-05-01", "2023-05-02", "2024"),
                dates.stream().map(PartialDate::iso).toList());
        assertTrue(date("2023-05").compareTo(date("2023-05")) == 0);
    }

    @Test
    void monthNamesAreTheEnglishOnes() {
        for (int month = 1; month <= 12; month++) {
            assertEquals(java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
                    new PartialDate(2024, month, 0).monthName());
        }
        assertEquals("", new PartialDate(2024, 0, 0).monthName());
        assertEquals("22 July 2022", date("2022-07-22").display());
    }
}
