package dossier.text;

/**
 * Runs of whitespace as one space, the way {@code replaceAll("\\s+", " ")} does (ASCII whitespace
 * only), without compiling and running a regular expression for every snippet of every page.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /** Every run of spaces, tabs, line breaks, vertical tabs and form feeds becomes one space. */
    public static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    out.append(' ');
                    inRun = true;
                }
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
}
