package dossier.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Text and attribute values as flexmark's HTML writer escapes them, with a character scan where
 * flexmark runs a regular expression over every text node and attribute of every body: the same
 * bytes, found faster.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** {@code BasedSequence.unescape} then {@code Escaping.normalizeEOL}: each only where its character occurs. */
    static String readerText(CharSequence chars) {
        String text = unescaped(chars);
        return text.indexOf('\r') >= 0 ? Escaping.normalizeEOL(text) : text;
    }

    /** {@code BasedSequence.unescape}: backslash escapes and entities resolved, looked for only where a backslash or ampersand is. */
    static String unescaped(CharSequence chars) {
        String text = chars.toString();
        return text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 ? Escaping.unescapeString(text) : text;
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

    /**
     * {@code Escaping.escapeHtml(value, true)}, as flexmark writes an attribute's value: entities
     * already in it kept, {@code & < > "} otherwise escaped. A value without those four is returned
     * as is, without flexmark's case-insensitive entity pattern.
     */
    static String attribute(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (entity(value.charAt(i)) != null) {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
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
