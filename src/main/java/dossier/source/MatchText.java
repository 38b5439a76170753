package dossier.source;

import dossier.text.Whitespace;

import java.text.Normalizer;

/**
 * The form in which excerpts are compared with sources: Unicode NFC, every run of white space
 * (line breaks, non-breaking spaces) as one space, and curly quotes and apostrophes as straight
 * ones. Nothing else is forgiven.
 */
public final class MatchText {
    private MatchText() {
    }

    public static String of(String text) {
        String collapsed = Whitespace.collapse(Normalizer.normalize(text, Normalizer.Form.NFC));
        StringBuilder out = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            out.append(straighten(collapsed.charAt(i)));
        }
        return out.toString();
    }

    static char straighten(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }
}
