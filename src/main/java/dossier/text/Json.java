package dossier.text;

import java.util.Locale;

/** JSON string literals, the one escaping used for every JSON (and YAML double-quoted) value we write. */
public final class Json {
    private Json() {
    }

    /** A JSON string literal; also a valid YAML double-quoted scalar. Non-printing characters are escaped. */
    public static String quote(String text) {
        return quote(text, false);
    }

    /**
     * The same, with {@code <} escaped as well, so that the literal is safe inside an HTML
     * {@code <script>} or a server-sent event line.
     */
    public static String quoteForScript(String text) {
        return quote(text, true);
    }

    private static String quote(String text, boolean script) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || (script && c == '<')) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
