package dossier.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms in sorted order (UTF-16 order, as JavaScript compares strings, so that the browser finds
 * every term starting with a prefix by binary search) and, per term, its postings: the documents
 * that contain it, ascending, each with a weight, in primitive arrays. Each field of each document
 * is tokenised once; terms get a number on first sight and the postings grow as int arrays, so
 * that a large dossier costs a few bytes a posting, not a boxed map entry.
 */
final class InvertedIndex {
    /** Repeats of a term in one field count up to this: a long text should not win by repetition alone. */
    static final int MAX_REPEATS = 3;
    static final int MAX_WEIGHT = 99;

    private final String[] terms;
    private final int[][] docs;
    private final int[][] weights;

    private InvertedIndex(String[] terms, int[][] docs, int[][] weights) {
        this.terms = terms;
        this.docs = docs;
        this.weights = weights;
    }

    int size() {
        return terms.length;
    }

    String term(int i) {
        return terms[i];
    }

    /** The documents holding term i, ascending (a copy of the right length). */
    int[] docs(int i) {
        return docs[i].clone();
    }

    int[] weights(int i) {
        return weights[i].clone();
    }

    /** Term i's postings encoded for the browser (see {@link Postings}). */
    String encoded(int i) {
        return Postings.encode(docs[i], weights[i], docs[i].length);
    }

    static InvertedIndex of(List<SearchDocument> docs) {
        Builder b = new Builder();
        for (int d = 0; d < docs.size(); d++) {
            for (SearchDocument.Field field : docs.get(d).fields()) {
                b.field(field.text(), field.weight());
            }
            b.endDocument(d);
        }
        return b.build();
    }

    private static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private String[] names = new String[1024];
        private int[][] postDocs = new int[1024][];
        private int[][] postWeights = new int[1024][];
        private int[] postCount = new int[1024];
        private int[] fieldCount = new int[1024];
        private int[] docWeight = new int[1024];
        private int[] inField = new int[256];
        private int inFieldCount;
        private int[] inDoc = new int[256];
        private int inDocCount;

        void field(String text, int weight) {
            Tokens.each(text, this::token);
            for (int i = 0; i < inFieldCount; i++) {
                int t = inField[i];
                if (docWeight[t] == 0) {
                    inDoc = push(inDoc, inDocCount++, t);
                }
                docWeight[t] += weight * Math.min(fieldCount[t], MAX_REPEATS);
                fieldCount[t] = 0;
            }
            inFieldCount = 0;
        }

        private void token(String term) {
            Integer known = ids.get(term);
            int t;
            if (known == null) {
                t = ids.size();
                ids.put(term, t);
                grow(t + 1);
                names[t] = term;
                postDocs[t] = new int[4];
                postWeights[t] = new int[4];
            } else {
                t = known;
            }
            if (fieldCount[t]++ == 0) {
                inField = push(inField, inFieldCount++, t);
            }
        }

        void endDocument(int d) {
            for (int i = 0; i < inDocCount; i++) {
                int t = inDoc[i];
                int n = postCount[t];
                if (n == postDocs[t].length) {
                    postDocs[t] = Arrays.copyOf(postDocs[t], n * 2);
                    postWeights[t] = Arrays.copyOf(postWeights[t], n * 2);
                }
                postDocs[t][n] = d;
                postWeights[t][n] = Math.min(docWeight[t], MAX_WEIGHT);
                postCount[t] = n + 1;
                docWeight[t] = 0;
            }
            inDocCount = 0;
        }

        private void grow(int size) {
            if (size > names.length) {
                int n = names.length * 2;
                names = Arrays.copyOf(names, n);
                postDocs = Arrays.copyOf(postDocs, n);
                postWeights = Arrays.copyOf(postWeights, n);
                postCount = Arrays.copyOf(postCount, n);
                fieldCount = Arrays.copyOf(fieldCount, n);
                docWeight = Arrays.copyOf(docWeight, n);
            }
        }

        private static int[] push(int[] stack, int at, int value) {
            int[] s = at == stack.length ? Arrays.copyOf(stack, at * 2) : stack;
            s[at] = value;
            return s;
        }

        InvertedIndex build() {
            int n = ids.size();
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
            String[] terms = new String[n];
            int[][] docs = new int[n][];
            int[][] weights = new int[n][];
            for (int i = 0; i < n; i++) {
                int t = order[i];
                terms[i] = names[t];
                docs[i] = Arrays.copyOf(postDocs[t], postCount[t]);
                weights[i] = Arrays.copyOf(postWeights[t], postCount[t]);
                postDocs[t] = null;
                postWeights[t] = null;
            }
            return new InvertedIndex(terms, docs, weights);
        }
    }
}
