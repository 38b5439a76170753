package dossier.source;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class MatchTextTest {

    @Test
    void everyRunOfWhiteSpaceIsOneSpaceAndEndsAreTrimmed() {
        assertEquals("Seoul and Tokyo agreed", MatchText.of("  Seoul \n and\t\tTokyo\r\n agreed \n"));
    }

    @Test
    void noBreakAndOtherUnicodeSpacesAreSpaces() {
        assertEquals("10 per cent of exports", MatchText.of("10\u00A0per\u2009cent of\u202Fexports"));
    }

    @Test
    void curlyQuotesAndApostrophesBecomeStraight() {
        assertEquals("each other's \"trade status\" 'white list'",
                MatchText.of("each other\u2019s \u201Ctrade status\u201D \u2018white list\u2019"));
        assertEquals("\"low\" ,,x' 'y", MatchText.of("\u201Elow\u201F ,,x\u201B \u201Ay"));
    }

    @Test
    void unicodeIsComparedInComposedForm() {
        assertEquals(MatchText.of("caf\u00E9"), MatchText.of("cafe\u0301"));
    }

    @Test
    void dashesAreNotForgiven() {
        assertNotEquals(MatchText.of("2022-2023"), MatchText.of("2022–2023"));
        assertNotEquals(MatchText.of("chips — and minerals"), MatchText.of("chips - and minerals"));
    }

    @Test
    void caseIsNotForgiven() {
        assertNotEquals(MatchText.of("Seoul"), MatchText.of("seoul"));
    }

    @Test
    void punctuationAndEllipsisAreNotForgiven() {
        assertNotEquals(MatchText.of("trade status."), MatchText.of("trade status"));
        assertNotEquals(MatchText.of("wait..."), MatchText.of("wait…"));
    }

    @Test
    void textIsKeptOtherwise() {
        assertEquals("반도체 수출 규제", MatchText.of("반도체 수출 규제"));
        assertEquals("", MatchText.of(" \n\t "));
    }
}
