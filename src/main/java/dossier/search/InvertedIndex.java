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
    /** A name key's weight: it only says the document has that name (the browser ranks by the match, not the weight). */
    static final int NAME_WEIGHT = 1;

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

    /** Built on all cores: each takes a run of documents; the runs' postings are joined in document order. */
    static InvertedIndex of(List<SearchDocument> docs) {
        return join(inRuns(docs, (builder, d) -> builder.endDocument(d)));
    }

    /** A document's terms, each once, and the term's weight in it, as {@link #of} counts them. */
    record DocTerms(String[] terms, int[] weights) {
    }

    /** Each document's terms, tokenised on all cores as {@link #of} does, without joining them into postings. */
    static DocTerms[] termsOf(List<SearchDocument> docs) {
        DocTerms[] terms = new DocTerms[docs.size()];
        inRuns(docs, (builder, d) -> terms[d] = builder.takeDocument());
        return terms;
    }

    /**
     * Tokenises the documents on all cores, each run of them into a builder of its own, and says
     * when each document's fields are in ({@code ended}); returns the builders in document order.
     */
    private static Builder[] inRuns(List<SearchDocument> docs, java.util.function.ObjIntConsumer<Builder> ended) {
        int runs = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs.size() / 256));
        Builder[] builders = new Builder[runs];
        java.util.stream.IntStream.range(0, runs).parallel().forEach(r -> {
            Builder b = new Builder();
            int from = (int) ((long) docs.size() * r / runs);
            int to = (int) ((long) docs.size() * (r + 1) / runs);
            for (int d = from; d < to; d++) {
                for (SearchDocument.Field field : docs.get(d).fields()) {
                    b.field(field.text(), field.weight());
                }
                for (String key : NameKeys.of(docs.get(d).names())) {
                    b.literal(key, NAME_WEIGHT);
                }
                ended.accept(b, d);
            }
            builders[r] = b;
        });
        return builders;
    }

    private static InvertedIndex join(Builder[] builders) {
        Map<String, int[]> where = new HashMap<>(); // term: its id in each builder, or -1
        for (int r = 0; r < builders.length; r++) {
            Builder b = builders[r];
            for (int t = 0; t < b.size; t++) {
                int[] ids = where.get(b.names[t]);
                if (ids == null) {
                    ids = new int[builders.length];
                    Arrays.fill(ids, -1);
                    where.put(b.names[t], ids);
                }
                ids[r] = t;
            }
        }
        String[] terms = where.keySet().toArray(new String[0]);
        Arrays.sort(terms);
        int[][] docs = new int[terms.length][];
        int[][] weights = new int[terms.length][];
        for (int i = 0; i < terms.length; i++) {
            int[] ids = where.get(terms[i]);
            int count = 0;
            for (int r = 0; r < builders.length; r++) {
                count += ids[r] < 0 ? 0 : builders[r].postCount[ids[r]];
            }
            int[] d = new int[count];
            int[] w = new int[count];
            int at = 0;
            for (int r = 0; r < builders.length; r++) { // runs are in document order
                if (ids[r] >= 0) {
                    Builder b = builders[r];
                    int n = b.postCount[ids[r]];
                    System.arraycopy(b.postDocs[ids[r]], 0, d, at, n);
                    System.arraycopy(b.postWeights[ids[r]], 0, w, at, n);
                    b.postDocs[ids[r]] = null;
                    b.postWeights[ids[r]] = null;
                    at += n;
                }
            }
            docs[i] = d;
            weights[i] = w;
        }
        return new InvertedIndex(terms, docs, weights);
    }

    /** The terms of a run of documents and their postings; a term is numbered when first seen. */
    private static final class Builder {
        private int size;
        private String[] names = new String[1024];
        private int[] hashes = new int[1024];
        private int[] table = new int[2048]; // open addressing: term id + 1, 0 for free
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
            endField(weight);
        }

        /** A term taken as it is, not tokenised (a {@link NameKeys name key}). */
        void literal(String term, int weight) {
            token(term, 0, term.length(), term.hashCode());
            endField(weight);
        }

        private void endField(int weight) {
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

        private void token(String text, int start, int end, int hash) {
            int t = id(text, start, end, hash);
            if (fieldCount[t]++ == 0) {
                inField = push(inField, inFieldCount++, t);
            }
        }

        private int id(String text, int start, int end, int hash) {
            int mask = table.length - 1;
            int length = end - start;
            for (int slot = mix(hash) & mask; ; slot = slot + 1 & mask) {
                int id = table[slot] - 1;
                if (id < 0) {
                    id = add(text.substring(start, end), hash);
                    table[slot] = id + 1;
                    if (size * 2 > table.length) {
                        rehash();
                    }
                    return id;
                }
                if (hashes[id] == hash && names[id].length() == length && text.regionMatches(start, names[id], 0, length)) {
                    return id;
                }
            }
        }

        private static int mix(int hash) {
            int h = hash * 0x9E3779B9;
            return h ^ h >>> 16;
        }

        private int add(String term, int hash) {
            int t = size++;
            if (t == names.length) {
                int n = names.length * 2;
                names = Arrays.copyOf(names, n);
                hashes = Arrays.copyOf(hashes, n);
                postDocs = Arrays.copyOf(postDocs, n);
                postWeights = Arrays.copyOf(postWeights, n);
                postCount = Arrays.copyOf(postCount, n);
                fieldCount = Arrays.copyOf(fieldCount, n);
                docWeight = Arrays.copyOf(docWeight, n);
            }
            names[t] = term;
            hashes[t] = hash;
            postDocs[t] = new int[4];
            postWeights[t] = new int[4];
            return t;
        }

        private void rehash() {
            table = new int[table.length * 2];
            int mask = table.length - 1;
            for (int t = 0; t < size; t++) {
                int slot = mix(hashes[t]) & mask;
                while (table[slot] != 0) {
                    slot = slot + 1 & mask;
                }
                table[slot] = t + 1;
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

        /** The document's terms and weights, instead of adding them to the postings ({@link #endDocument}). */
        DocTerms takeDocument() {
            String[] terms = new String[inDocCount];
            int[] weights = new int[inDocCount];
            for (int i = 0; i < inDocCount; i++) {
                int t = inDoc[i];
                terms[i] = names[t];
                weights[i] = Math.min(docWeight[t], MAX_WEIGHT);
                docWeight[t] = 0;
            }
            inDocCount = 0;
            return new DocTerms(terms, weights);
        }

        private static int[] push(int[] stack, int at, int value) {
            int[] s = at == stack.length ? Arrays.copyOf(stack, at * 2) : stack;
            s[at] = value;
            return s;
        }
    }
}
