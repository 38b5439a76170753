package dossier.model.internal;

/**
 * Finds where a quote best fits inside a text, allowing edits: the substring of {@code text} with
 * the smallest edit distance to {@code quote} (Sellers' semi-global alignment, O(m·n)). Used only
 * when an excerpt is not found verbatim, to show the contributor what the source really says.
 */
public final class ClosestPassage {
    private ClosestPassage() {
    }

    /** @param start inclusive, @param end exclusive, offsets into the text */
    public record Match(int start, int end, int distance) {
    }

    public static Match find(String quote, String text) {
        int m = quote.length();
        int n = text.length();
        int[] previous = new int[n + 1];
        int[] previousStart = new int[n + 1];
        int[] current = new int[n + 1];
        int[] currentStart = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previousStart[j] = j; // a match may begin anywhere in the text at no cost
        }
        for (int i = 1; i <= m; i++) {
            current[0] = i;
            currentStart[0] = 0;
            char q = quote.charAt(i - 1);
            for (int j = 1; j <= n; j++) {
                int substitute = previous[j - 1] + (q == text.charAt(j - 1) ? 0 : 1);
                int deleteFromQuote = previous[j] + 1;
                int insertIntoQuote = current[j - 1] + 1;
                if (substitute <= deleteFromQuote && substitute <= insertIntoQuote) {
                    current[j] = substitute;
                    currentStart[j] = previousStart[j - 1];
                } else if (deleteFromQuote <= insertIntoQuote) {
                    current[j] = deleteFromQuote;
                    currentStart[j] = previousStart[j];
                } else {
                    current[j] = insertIntoQuote;
                    currentStart[j] = currentStart[j - 1];
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousStart;
            previousStart = currentStart;
            currentStart = swap;
        }
        int bestEnd = 0;
        for (int j = 1; j <= n; j++) {
            if (previous[j] < previous[bestEnd]) {
                bestEnd = j;
            }
        }
        return new Match(m == 0 ? 0 : previousStart[bestEnd], bestEnd, previous[bestEnd]);
    }
}
