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

    /** Appends {@link #quote}'s literal to {@code out}, for a writer that builds one long text. */
    public static StringBuilder appendQuoted(StringBuilder out, String text) {
        return appendQuoted(out, text, false);
    }

    private static String quote(String text, boolean script) {
        return appendQuoted(new StringBuilder(text.length() + 2), text, script).toString();
    }

    private static StringBuilder appendQuoted(StringBuilder out, String text, boolean script) {
        out.append('"');
        // characters that need no escape are appended in runs, not one by one
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String escape = escape(text.charAt(i), script);
            if (escape != null) {
                out.append(text, run, i).append(escape);
                run = i + 1;
            }
        }
        return out.append(text, run, text.length()).append('"');
    }

    /** The escape that stands for {@code c}, or null when it is written as it is. */
    private static String escape(char c, boolean script) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || (script && c == '<')
                    ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
        };
    }
}
