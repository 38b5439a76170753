package dossier.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text becomes search terms. assets/js/search.js applies the same rules to queries, so the
 * two must change together: decompose (NFKD), drop combining marks, lower-case, split into runs
 * of letters and digits, and keep runs of two or more characters or of digits.
 */
public final class Tokens {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

    private Tokens() {
    }

    public static String normalise(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The terms of a text, in order, repeats included. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(normalise(text));
        while (m.find()) {
            String term = m.group();
            if (term.length() >= 2 || DIGITS.matcher(term).matches()) {
                terms.add(term);
            }
        }
        return terms;
    }
}
