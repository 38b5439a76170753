package dossier.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terms in sorted order (UTF-16 order, as JavaScript compares strings, so that the browser finds
 * every term starting with a prefix by binary search) and, per term, its postings: the documents
 * that contain it, ascending, each with a weight.
 */
record InvertedIndex(List<String> terms, List<int[]> postings) {
    /** Repeats of a term in one field count up to this: a long text should not win by repetition alone. */
    private static final int MAX_REPEATS = 3;
    private static final int MAX_WEIGHT = 99;

    static InvertedIndex of(List<SearchDocument> docs) {
        TreeMap<String, Map<Integer, Integer>> byTerm = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (var entry : weights(docs.get(d)).entrySet()) {
                byTerm.computeIfAbsent(entry.getKey(), t -> new LinkedHashMap<>()).put(d, entry.getValue());
            }
        }
        List<String> terms = new ArrayList<>(byTerm.size());
        List<int[]> postings = new ArrayList<>(byTerm.size());
        byTerm.forEach((term, weights) -> {
            int[] list = new int[weights.size() * 2];
            int i = 0;
            for (var posting : weights.entrySet()) { // documents were added in ascending order
                list[i++] = posting.getKey();
                list[i++] = posting.getValue();
            }
            terms.add(term);
            postings.add(list);
        });
        return new InvertedIndex(List.copyOf(terms), List.copyOf(postings));
    }

    private static Map<String, Integer> weights(SearchDocument doc) {
        Map<String, Integer> total = new HashMap<>();
        for (SearchDocument.Field field : doc.fields()) {
            Map<String, Integer> counts = new HashMap<>();
            Tokens.of(field.text()).forEach(t -> counts.merge(t, 1, Integer::sum));
            counts.forEach((term, n) -> total.merge(term, field.weight() * Math.min(n, MAX_REPEATS), Integer::sum));
        }
        total.replaceAll((term, w) -> Math.min(w, MAX_WEIGHT));
        return total;
    }
}
