package dossier.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules assets/js/search.js applies to queries too. */
class TokensTest {

    @Test
    void wordsAreLowerCasedStrippedOfAccentsAndSplitAtEverythingElse() {
        assertEquals(List.of("yoon", "suk", "yeol", "visit", "to", "quebec", "cafe", "smic", "12"),
                Tokens.of("Yoon Suk-yeol's visit to Québec’s café (SMIC), ¶12"));
    }

    @Test
    void singleLettersAreDroppedButSingleDigitsKept() {
        assertEquals(List.of("7", "of", "10"), Tokens.of("a 7 b of 10"));
    }

    @Test
    void theScanKeepsExactlyWhatTheRegexOfTheRulesKeeps() {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
        for (String text : List.of("Yoon Suk-yeol's visit to Québec’s café (SMIC), ¶12", "İstanbul ǅemal Ⅻ ½ x² 北京 한국어 𝐀𝐁 a1 ٣٤ ß",
                "", "  ", "a", "7", "x-y z", "naïve façade — ÉCOLE ﬁn", "e\u0301a\u0301 \u00e9t\u00e9")) {
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = word.matcher(Tokens.normalise(text));
            while (m.find()) {
                if (m.group().length() >= 2 || m.group().matches("\\p{N}+")) {
                    expected.add(m.group());
                }
            }
            assertEquals(expected, Tokens.of(text), text);
        }
    }

    @Test
    void compatibilityFormsAreUnfolded() {
        assertEquals(List.of("office", "2"), Tokens.of("Oﬃce ²"));
    }
}
