package dossier.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * A text node's characters as flexmark's core renderer writes them (escapes and entities
 * resolved, line ends as LF, then {@code & < > "} escaped), with a character scan where flexmark
 * runs a regular expression over every text node of every body: the same bytes, found faster.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** {@code BasedSequence.unescape} then {@code Escaping.normalizeEOL}: each only where its character occurs. */
    static String readerText(CharSequence chars) {
        String text = chars.toString();
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0) {
            text = Escaping.unescapeString(text);
        }
        return text.indexOf('\r') >= 0 ? Escaping.normalizeEOL(text) : text;
    }

    /** {@code Escaping.escapeHtml(text, false)}: {@code & < > "} as entities, nothing else touched. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = entity(text.charAt(i));
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(entity);
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
        };
    }
}
