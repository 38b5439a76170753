package dossier.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How text becomes search terms. assets/js/search.js applies the same rules to queries, so the
 * two must change together: decompose (NFKD), drop combining marks, lower-case, split into runs
 * of letters and digits, and keep runs of two or more characters or of digits.
 */
public final class Tokens {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokens() {
    }

    public static String normalise(String text) {
        if (isAscii(text)) { // NFKD leaves ASCII as it is and it has no marks: the common case, without the regex
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The terms of a text, in order, repeats included. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        each(text, (n, start, end, hash) -> terms.add(n.substring(start, end)));
        return terms;
    }

    /** Receives each term as a range of the normalised text, with the term's String.hashCode(). */
    interface Sink {
        void term(String normalised, int start, int end, int hash);
    }

    /**
     * Hands each term of the text to the sink, in order, repeats included: a scan by code point
     * that keeps exactly what {@code [\p{L}\p{N}]+} would, without a regex, a list or a substring.
     */
    static void each(String text, Sink sink) {
        String n = normalise(text);
        int length = n.length();
        int i = 0;
        while (i < length) {
            int c = n.codePointAt(i);
            if (!isWordChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            boolean digits = true;
            int hash = 0;
            while (i < length) {
                char ch = n.charAt(i);
                if (ch < 0x80) { // the common case, without the code point
                    if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z')) {
                        break;
                    }
                    digits &= ch <= '9';
                    hash = 31 * hash + ch;
                    i++;
                    continue;
                }
                c = n.codePointAt(i);
                if (!isWordChar(c)) {
                    break;
                }
                digits &= isNumber(c);
                int units = Character.charCount(c);
                for (int u = 0; u < units; u++) {
                    hash = 31 * hash + n.charAt(i + u);
                }
                i += units;
            }
            if (i - start >= 2 || digits) {
                sink.term(n, start, i, hash);
            }
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isNumber(int c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
