package dossier.serve;

import dossier.diag.Diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rebuild changed in the diagnostics: the ones that are new and the ones that are gone
 * since the build before. A diagnostic is the same one when its code, path and message are: not
 * its line and column, which move when a line is added above it. The same problem reported
 * several times in one file counts as many times (a multiset); which of them are new or gone is
 * decided by matching them in order, nearest lines first, so that adding a third broken link
 * between two others names the one added.
 */
record DiagnosticDelta(List<Diagnostic> added, List<Diagnostic> gone) {

    public DiagnosticDelta {
        added = List.copyOf(added);
        gone = List.copyOf(gone);
    }

    private record Key(String code, String path, String message) {
        static Key of(Diagnostic d) {
            return new Key(d.code(), d.path(), d.message());
        }
    }

    /** From the diagnostics of the build before to those of this one; both lists in any order. */
    public static DiagnosticDelta between(List<Diagnostic> before, List<Diagnostic> after) {
        Map<Key, List<Diagnostic>> old = group(before);
        Map<Key, List<Diagnostic>> now = group(after);
        List<Diagnostic> added = new ArrayList<>();
        List<Diagnostic> gone = new ArrayList<>();
        for (Map.Entry<Key, List<Diagnostic>> entry : now.entrySet()) {
            List<Diagnostic> was = old.getOrDefault(entry.getKey(), List.of());
            added.addAll(unmatched(entry.getValue(), was));
        }
        for (Map.Entry<Key, List<Diagnostic>> entry : old.entrySet()) {
            gone.addAll(unmatched(entry.getValue(), now.getOrDefault(entry.getKey(), List.of())));
        }
        added.sort(Diagnostic.ORDER);
        gone.sort(Diagnostic.ORDER);
        return new DiagnosticDelta(added, gone);
    }

    public boolean isEmpty() {
        return added.isEmpty() && gone.isEmpty();
    }

    /** "1 new, 2 fixed", "1 new", "2 fixed", or "unchanged". */
    public String describe() {
        if (isEmpty()) {
            return "unchanged";
        }
        List<String> parts = new ArrayList<>(2);
        if (!added.isEmpty()) {
            parts.add(added.size() + " new");
        }
        if (!gone.isEmpty()) {
            parts.add(gone.size() + " fixed");
        }
        return String.join(", ", parts);
    }

    private static Map<Key, List<Diagnostic>> group(List<Diagnostic> diagnostics) {
        Map<Key, List<Diagnostic>> groups = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            groups.computeIfAbsent(Key.of(d), k -> new ArrayList<>()).add(d);
        }
        groups.values().forEach(list -> list.sort(Diagnostic.ORDER));
        return groups;
    }

    /**
     * The members of {@code these} left over when as many as possible are paired with
     * {@code others}, in order, with the smallest total distance between paired positions.
     * Both lists hold the same problem in one file, sorted by position.
     */
    static List<Diagnostic> unmatched(List<Diagnostic> these, List<Diagnostic> others) {
        int n = these.size();
        int m = others.size();
        if (n <= m) {
            return List.of(); // every one of these has a partner
        }
        if (m == 0) {
            return these;
        }
        // cost[i][j]: the least distance pairing all first j of others with j of the first i of these
        long[][] cost = new long[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                cost[i][j] = Long.MAX_VALUE;
            }
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= Math.min(i, m); j++) {
                long skip = i - 1 >= j ? cost[i - 1][j] : Long.MAX_VALUE;
                long pair = cost[i - 1][j - 1] == Long.MAX_VALUE ? Long.MAX_VALUE
                        : cost[i - 1][j - 1] + distance(these.get(i - 1), others.get(j - 1));
                cost[i][j] = Math.min(skip, pair);
            }
        }
        List<Diagnostic> left = new ArrayList<>(n - m);
        int j = m;
        for (int i = n; i >= 1; i--) {
            long skip = i - 1 >= j ? cost[i - 1][j] : Long.MAX_VALUE;
            if (j > 0 && cost[i][j] != skip) {
                j--; // paired
            } else {
                left.add(these.get(i - 1));
            }
        }
        Collections.reverse(left);
        return left;
    }

    /** Lines apart, then columns apart as the lesser part. */
    private static long distance(Diagnostic a, Diagnostic b) {
        long lines = Math.abs(a.position().line() - b.position().line());
        long columns = Math.min(Math.abs(a.position().column() - b.position().column()), 9_999);
        return lines * 10_000 + columns;
    }
}
