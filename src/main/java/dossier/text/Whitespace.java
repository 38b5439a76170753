package dossier.text;

/**
 * White space in text we compare and show. Collapsing works as excerpts are compared
 * ({@code source.MatchText}): every run of white space, including no-break and other Unicode
 * spaces, becomes one space, and the ends are trimmed; no regular expression is compiled and run
 * for every snippet of every page.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /** "  a\u00A0 b\n" gives "a b". */
    public static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pending = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pending = out.length() > 0;
                continue;
            }
            if (pending) {
                out.append(' ');
                pending = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * {@code text} without its last word and the spaces before it, for a snippet cut mid-word:
     * "the quick bro" gives "the quick". Text without a space is returned whole.
     */
    public static String dropLastWord(String text) {
        int end = text.length();
        while (end > 0 && !isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return text;
        }
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** {@code text} without its first word and the one space after it: "ick brown fox" gives "brown fox". */
    public static String dropFirstWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSpace(text.charAt(i))) {
                return text.substring(i + 1);
            }
        }
        return text;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
