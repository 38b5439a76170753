package dossier.text;

import dossier.diag.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Json}'s run-appending quote writes what escaping one character at a time wrote. */
class JsonQuoteTest {
    @Test
    void quotesAsCharacterByCharacterEscaping() {
        RandomTexts texts = new RandomTexts(List.of("a", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001F", "\u007F",
                "\u009F", "\u00A0", "\u2028", "\u2029", "\uFEFF", "<", "é", "\uD83D\uDE00", "plain words "), 40, 20, "a\"\\\n<\u2028\u0085");
        texts.forEach(1000, text -> {
            assertEquals(escapedOneByOne(text, false), Json.quote(text));
            assertEquals(escapedOneByOne(text, true), Json.quoteForScript(text));
            assertEquals("x" + escapedOneByOne(text, false), Json.appendQuoted(new StringBuilder("x"), text).toString());
        });
    }

    /** Json.quote as it was written first. */
    private static String escapedOneByOne(String text, boolean script) {
        StringBuilder out = new StringBuilder().append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                        || (script && c == '<') ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
