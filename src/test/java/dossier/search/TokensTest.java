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
    void compatibilityFormsAreUnfolded() {
        assertEquals(List.of("office", "2"), Tokens.of("Oﬃce ²"));
    }
}
