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
    private static final int MIN_WORDS = 40;
    private static final double MIN_SHARE = 0.15;

    private LanguageGuess() {
    }

    static Optional<String> english(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int total = 0;
        int common = 0;
        for (String word : words) {
            if (!word.isEmpty()) {
                total++;
                if (ENGLISH.contains(word)) {
                    common++;
                }
            }
        }
        return total >= MIN_WORDS && (double) common / total >= MIN_SHARE ? Optional.of("en") : Optional.empty();
    }
}
