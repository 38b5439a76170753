package dossier.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A text node's HTML, checked against flexmark's own unescape, EOL normalisation and escape. */
class HtmlTextTest {
    /** The characters that matter to one step or another, and some that matter to none. */
    private static final String ALPHABET = "ab &;#x3C<>\"'\\*_\r\n\u00A0é€\uD83D\uDE00amp;lt;";

    @Test
    void escapesTheFourCharactersFlexmarkEscapes() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; 'e'", HtmlText.escape("a & b <c> \"d\" 'e'"));
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsIs() {
        String text = "plain words, ¶7";
        assertSame(text, HtmlText.escape(text));
    }

    @Test
    void resolvesEscapesAndEntitiesAndLineEnds() {
        assertEquals("a * b & c <\nd\ne", HtmlText.readerText(BasedSequence.of("a \\* b &amp; c &#x3C;\r\nd\re")));
    }

    @Test
    void agreesWithFlexmarkOnRandomText() {
        Random random = new Random(42);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            BasedSequence chars = BasedSequence.of(text.toString());
            String flexmark = Escaping.escapeHtml(Escaping.normalizeEOL(chars.unescape()), false);
            assertEquals(flexmark, HtmlText.escape(HtmlText.readerText(chars)), () -> "for " + text);
            assertEquals(Escaping.escapeHtml(text, true), HtmlText.attribute(text.toString()), () -> "attribute " + text);
        }
    }

    @Test
    void anAttributeKeepsItsEntitiesAndEscapesTheRest() {
        assertEquals("a?b=1&amp;c=&lt;2&gt;&amp;d &#x3C; &quot;", HtmlText.attribute("a?b=1&amp;c=<2>&d &#x3C; \""));
    }
}
