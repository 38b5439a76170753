package dossier.model.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionScannerTest {

    private static List<String> found(MentionScanner scanner, String text) {
        return scanner.scan(text).stream().map(m -> m.owner() + ":" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void findsTitlesAndAliasesAsWholeWordsOnly() {
        MentionScanner scanner = new MentionScanner(List.of(List.of("Yoon Suk-yeol", "Yoon Suk Yeol", "President Yoon"), List.of("Korea")));
        assertEquals(List.of("0:President Yoon", "0:Yoon Suk Yeol"),
                found(scanner, "President Yoon met; Yoon Suk Yeol left. Yoonsang did not."));
        assertEquals(List.of(), found(scanner, "South Korean firms and Koreans"), "no match inside longer words");
        assertEquals(List.of("1:Korea"), found(scanner, "South Korea's exports"));
    }

    @Test
    void acronymsMatchOnlyAsWrittenOtherNamesIgnoreCase() {
        MentionScanner scanner = new MentionScanner(List.of(List.of("FORGE"), List.of("gallium")));
        assertEquals(List.of("0:FORGE", "1:Gallium"), found(scanner, "FORGE will forge ties. Gallium prices"));
        assertTrue(MentionScanner.isAcronym("SK Hynix") == false);
        assertTrue(MentionScanner.isAcronym("WTO"));
        assertFalse(MentionScanner.isAcronym("Apec"));
    }

    @Test
    void overlappingNamesGoToTheLeftmostLongest() {
        MentionScanner scanner = new MentionScanner(List.of(List.of("China"), List.of("South China Morning Post"), List.of("Morning")));
        assertEquals(List.of("1:South China Morning Post", "0:China"),
                found(scanner, "The South China Morning Post said China agreed."));
    }

    @Test
    void sharedPrefixesAndSuffixesAreAllFound() {
        MentionScanner scanner = new MentionScanner(List.of(List.of("he"), List.of("she"), List.of("hers"), List.of("his")));
        assertEquals(List.of("1:she", "3:his", "2:hers"), found(scanner, "she said his and hers"));
    }

    @Test
    void scalesLinearlyOnALongText() {
        List<List<String>> names = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            names.add(List.of("Name" + i + " Surname"));
        }
        MentionScanner scanner = new MentionScanner(names);
        String text = "Name1999 Surname and Name7 Surname. ".repeat(5000);
        assertEquals(10_000, scanner.scan(text).size());
    }
}
