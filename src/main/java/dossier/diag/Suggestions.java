package dossier.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for mistyped keys, ids and field names. */
public final class Suggestions {
    private Suggestions() {
    }

    /** Up to three known names close to {@code wanted}, closest first; empty when none is close. */
    public static List<String> closest(String wanted, Collection<String> known) {
        String w = wanted.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        return known.stream()
                .map(k -> new Scored(k, distance(w, k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= limit || s.name.toLowerCase(Locale.ROOT).contains(w) && !w.isEmpty())
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(3)
                .map(Scored::name)
                .toList();
    }

    /** " (did you mean 'a' or 'b'?)", or "" when nothing is close. */
    public static String didYouMean(String wanted, Collection<String> known) {
        List<String> names = closest(wanted, known);
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(" (did you mean ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(i == names.size() - 1 ? " or " : ", ");
            }
            out.append('\'').append(names.get(i)).append('\'');
        }
        return out.append("?)").toString();
    }

    /**
     * The fix for a misspelt name written between {@code start} and {@code end} (exclusive): the one
     * known name close to it. Empty when none or several are close (which one was meant is not
     * certain), or when the span is not known (a null end).
     */
    public static Optional<Fix> fix(String wanted, Collection<String> known, Position start, Position end) {
        List<String> names = closest(wanted, known);
        if (names.size() != 1 || end == null || end.compareTo(start) <= 0) {
            return Optional.empty();
        }
        return Optional.of(Fix.replace(start, end, wanted, names.get(0)));
    }

    /** The same for a name standing at {@code span} (null when not known). */
    public static Optional<Fix> fix(String wanted, Collection<String> known, Span span) {
        return span == null ? Optional.empty() : fix(wanted, known, span.start(), span.end());
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
