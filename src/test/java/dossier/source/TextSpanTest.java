package dossier.source;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Finding a quote, matched as excerpts are, in a paragraph's own characters. */
class TextSpanTest {

    private static String located(String text, String quote) {
        return TextSpan.locate(text, quote).map(span -> span.of(text)).orElse(null);
    }

    @Test
    void curlyQuotesAndSpacingAreTheSourcesOwn() {
        String text = "He said \u201Cno\u201D,  and the\u00A0ministry\nagreed.";
        assertEquals("\u201Cno\u201D,  and the\u00A0ministry\nagreed", located(text, "\"no\", and the ministry agreed"));
    }

    @Test
    void offsetsAreThoseOfTheRawText() {
        String text = "  Seoul and Tokyo agreed on Monday to restore each other\u2019s trade status.";
        TextSpan span = TextSpan.locate(text, "restore each other's trade").orElseThrow();
        assertEquals(text.indexOf("restore"), span.start());
        assertEquals(text.indexOf(" status"), span.end());
    }

    @Test
    void decomposedAccentsMatchComposedQuotes() {
        String text = "The cafe\u0301 owner, Jose\u0301, spoke.";
        assertEquals("cafe\u0301 owner, Jose\u0301", located(text, "caf\u00E9 owner, Jos\u00E9"));
    }

    @Test
    void anAbsentQuoteIsNotFound() {
        assertEquals(Optional.empty(), TextSpan.locate("Seoul and Tokyo agreed.", "Seoul and Beijing"));
        assertEquals(Optional.empty(), TextSpan.locate("Seoul and Tokyo agreed.", "   "));
    }

    @Test
    void astralCharactersKeepTheirSurrogatePairs() {
        String text = "Chips \uD83D\uDE80 rise; \uD83D\uDE80 fall.";
        assertEquals("\uD83D\uDE80 fall", located(text, "\uD83D\uDE80 fall"));
    }
}
