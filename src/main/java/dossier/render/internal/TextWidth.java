package dossier.render.internal;

/**
 * How wide a line of chart text will be, estimated without fonts: each character's advance in em,
 * on the wide side of common sans-serif faces (DejaVu Sans is among the widest), so that text laid
 * out by the estimate fits when drawn. CJK and other full-width characters count a whole em.
 */
final class TextWidth {
    /** Bold digits and letters run about a tenth wider. */
    static final double BOLD = 1.1;

    private TextWidth() {
    }

    static double of(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += advance(c);
            i += Character.charCount(c);
        }
        return em * fontSize;
    }

    private static double advance(int c) {
        if (c == ' ') {
            return 0.32;
        }
        if ("iljI.,:;'’!|()[]".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("ftr-\"“”".indexOf(c) >= 0) {
            return 0.45;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '—' || c == '%' || c == '@') {
            return 1.0;
        }
        if (c >= 'a' && c <= 'z') {
            return 0.64;
        }
        if (c >= '0' && c <= '9' || c == '–' || c == '$') {
            return 0.66;
        }
        if (c >= 'A' && c <= 'Z') {
            return 0.78;
        }
        if (c < 0x300) {
            return 0.7; // other Latin letters and signs
        }
        return Character.isIdeographic(c) || isWide(c) ? 1.0 : 0.8;
    }

    private static boolean isWide(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.HANGUL_SYLLABLES || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || Character.getType(c) == Character.OTHER_SYMBOL;
    }
}
