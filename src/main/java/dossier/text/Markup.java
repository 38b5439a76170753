package dossier.text;

/**
 * Escaping for the few HTML and XML fragments built in Java (citations, feeds, SVG, server pages);
 * templates escape by themselves. Characters XML 1.0 forbids are dropped.
 */
public final class Markup {
    private Markup() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if ((c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && c != '\uFFFE' && c != '\uFFFF') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
