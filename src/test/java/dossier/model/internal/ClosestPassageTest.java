package dossier.model.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClosestPassageTest {
    private static final String TEXT = "Seoul and Tokyo agreed on Monday to restore each other's trade status.";

    @Test
    void exactSubstringHasDistanceZeroAndItsOffsets() {
        ClosestPassage.Match match = ClosestPassage.find("Tokyo agreed on Monday", TEXT);
        assertEquals(new ClosestPassage.Match(10, 32, 0), match);
        assertEquals("Tokyo agreed on Monday", TEXT.substring(match.start(), match.end()));
    }

    @Test
    void wholeTextAndItsEnds() {
        assertEquals(new ClosestPassage.Match(0, TEXT.length(), 0), ClosestPassage.find(TEXT, TEXT));
        assertEquals(new ClosestPassage.Match(0, 5, 0), ClosestPassage.find("Seoul", TEXT));
        assertEquals(new ClosestPassage.Match(TEXT.length() - 7, TEXT.length(), 0), ClosestPassage.find("status.", TEXT));
    }

    @Test
    void oneTypoFindsThePassageAtDistanceOne() {
        ClosestPassage.Match match = ClosestPassage.find("agreed on Mondy to restore", TEXT);
        assertEquals(1, match.distance());
        assertEquals("agreed on Monday to restore", TEXT.substring(match.start(), match.end()));
    }

    @Test
    void oneChangedWordFindsThePassage() {
        ClosestPassage.Match match = ClosestPassage.find("Seoul and Tokyo agreed on Tuesday to restore each other's trade status.", TEXT);
        assertEquals(new ClosestPassage.Match(0, TEXT.length(), 4), match); // Tuesday → Monday: three changes, one deletion
    }

    @Test
    void extraWordInTheQuote() {
        ClosestPassage.Match match = ClosestPassage.find("restore each other's formal trade status", TEXT);
        assertEquals(7, match.distance());
        assertEquals("restore each other's trade status", TEXT.substring(match.start(), match.end()));
    }

    @Test
    void distanceIsTheEditDistanceOfTheBestWindow() {
        assertEquals(3, ClosestPassage.find("xyz", "abc").distance());
        assertEquals(2, ClosestPassage.find("abcdef", "abcd").distance());
    }

    @Test
    void emptyQuoteOrText() {
        assertEquals(new ClosestPassage.Match(0, 0, 0), ClosestPassage.find("", TEXT));
        assertEquals(new ClosestPassage.Match(0, 0, 3), ClosestPassage.find("abc", ""));
    }
}
