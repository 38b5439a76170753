package dossier.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Infers English, and only English, from how often its commonest words occur; any other language
 * is left for an editor to supply. Good enough for news prose; a short or mixed text gives no guess.
 */
final class LanguageGuess {
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for", "on",
            "with", "as", "by", "was", "said", "it", "its", "has", "have", "from");
    /** A longer word cannot be one of them, so it is counted without being cut out of the text. */
    private static final int LONGEST_COMMON = ENGLISH.stream().mapToInt(String::length).max().orElseThrow();
    private static final int MIN_WORDS = 40;
    private static final double MIN_SHARE = 0.15;

    private LanguageGuess() {
    }

    static Optional<String> english(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int total = 0;
        int common = 0;
        // a word is a run of letters and apostrophes (what splitting at [^\p{L}']+ gave), walked by
        // code point: the whole text of every record was split into a String per word before
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean inWord = c < 0x80 ? isAsciiLetter(c) || c == '\'' : Character.isLetter(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                total++;
                if (i - start <= LONGEST_COMMON && ENGLISH.contains(lower.substring(start, i))) {
                    common++;
                }
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(c) : 1;
        }
        return total >= MIN_WORDS && (double) common / total >= MIN_SHARE ? Optional.of("en") : Optional.empty();
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
