package dossier.publish;

/** Escaping for the XML files (feed, sitemap); characters XML 1.0 forbids are dropped. */
final class Xml {
    private Xml() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        if (c != '\uFFFE' && c != '\uFFFF') {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
