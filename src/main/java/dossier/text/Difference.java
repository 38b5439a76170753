package dossier.text;

/** Where two texts part, and a short window around it: for "the record has …x… where … gives …y…" hints. */
public final class Difference {
    private Difference() {
    }

    /** The offset of the first character where two texts differ, or the shorter length. */
    public static int first(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        for (int i = 0; i < limit; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return limit;
    }

    /** Up to {@code width} characters of {@code text} centred on {@code at}, with "…" where it is cut. */
    public static String around(String text, int at, int width) {
        int from = Math.max(0, at - width / 2);
        int to = Math.min(text.length(), at + width / 2);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
