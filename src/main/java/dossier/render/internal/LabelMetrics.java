package dossier.render.internal;

/**
 * How much room a graph label takes, estimated without a font: per character, a width at least
 * that of DejaVu Sans, the widest common sans-serif (Liberation Sans, Arial, Helvetica, Segoe UI and
 * San Francisco are narrower), and an ascent and descent that cover Noto Sans's tall line box. An
 * over-estimate costs a little room; an under-estimate would let labels collide, so every guess
 * errs wide. The SVG test measures the boxes with these same numbers.
 */
final class LabelMetrics {
    /** The labels' font size in SVG user units; the graph is drawn one unit to one CSS pixel. */
    static final double FONT_SIZE = 13;
    /** Above the baseline and below it, in ems. */
    static final double ASCENT = 1.07;
    static final double DESCENT = 0.3;

    private LabelMetrics() {
    }

    /** The label's estimated advance width in user units. */
    static double width(String text) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            ems += em(c);
        }
        return ems * FONT_SIZE;
    }

    private static double em(int c) {
        if ("iljI.,:;'|!·".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("frt-() /’‘".indexOf(c) >= 0) {
            return 0.44;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '—') {
            return 1.02;
        }
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return 0.66;
        }
        if (c >= 'A' && c <= 'Z') {
            return 0.82;
        }
        // accented Latin letters are as wide as their base letters; anything else (CJK, symbols) a full em
        return Character.isLetter(c) && c < 0x0250 ? 0.82 : 1.05;
    }

    /** The box of a label drawn at baseline {@code y}, anchored at {@code x} ("start", "middle" or "end"). */
    static Box box(String text, double x, double y, String anchor) {
        double w = width(text);
        double left = switch (anchor) {
            case "end" -> x - w;
            case "middle" -> x - w / 2;
            default -> x;
        };
        return new Box(left, y - ASCENT * FONT_SIZE, left + w, y + DESCENT * FONT_SIZE);
    }
}
