package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids short enough to type in every citation: publisher-yyyy-keyword, at most 24 characters. */
class IdMakerTest {
    private static final Path FILE = Path.of("downloads/000_cf9f447a237963b5.txt");

    private static String id(String title, String publisher, String date) {
        return IdMaker.base(title, publisher, date, FILE);
    }

    @Test
    void publisherYearAndTheTitlesFirstWordsThatFit() {
        assertEquals("gt-2022-chip-4-dilemma", id("Chip 4 dilemma: South Korea weighs US alliance against China market", "Global Times", "2022-07-19"));
        assertEquals("scmp-2023-chinese-south", id("Chinese and South Korean trade ministers meet", "South China Morning Post", "2023-05-26"));
        assertEquals("yonhap-2023-south-korea", id("South Korea restores Japan to its whitelist", "Yonhap", "2023-04-24"));
        assertEquals("2026-south-korea-seeks", id("South Korea seeks rare earths cooperation", null, "2026-02"));
    }

    @Test
    void neverLongerThan24AndNeverEndingInAHyphen() {
        for (String title : new String[]{"Supercalifragilisticexpialidocious negotiations resume",
                "A", "Ünïcödé títlé wíth áccents", "Trade - - - talks", "!!!"}) {
            String id = id(title, "Korea JoongAng Daily", "2024");
            assertTrue(id.length() <= IdMaker.MAX && !id.endsWith("-") && id.matches("[a-z0-9][a-z0-9-]*"), id);
        }
        assertEquals("kjd-2024-unicode-title", id("Ünïcödé títlé wíth áccents", "Korea JoongAng Daily", "2024"));
        assertEquals("kjd-2024-supercalifragil", id("Supercalifragilisticexpialidocious negotiations resume", "Korea JoongAng Daily", "2024"));
    }

    @Test
    void withoutATitleTheFilesNameStandsForTheKeywords() {
        assertEquals("000-cf9f447a237963b5", id(null, null, null));
        assertEquals("kp-2023-000", id(null, "Korea Pro", "2023"), "whole words only: the next one does not fit");
    }

    @Test
    void aTakenIdGetsTheFirstFreeSuffixWithinTheLimit() {
        ImportedText text = new ImportedText("plain-text", Map.of(), List.of(), List.of());
        Supplied supplied = new Supplied(null, Map.of("title", "Semiconductors2 talks resume", "publisher", "Korea Pro",
                "date", "2023-05"), null);
        assertEquals("kp-2023-semiconductors2", IdMaker.derive(text, supplied, FILE, i -> false));
        assertEquals("kp-2023-semiconductors-2", IdMaker.derive(text, supplied, FILE, Set.of("kp-2023-semiconductors2")::contains),
                "cut to make room for the suffix");
        assertEquals("kp-2023-semiconductors-3", IdMaker.derive(text, supplied, FILE,
                Set.of("kp-2023-semiconductors2", "kp-2023-semiconductors-2")::contains));
    }
}
