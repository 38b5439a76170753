package dossier.search;

import dossier.model.Dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What the search index keeps between builds ({@code serve}): per document, what depends on that
 * document alone (its record for the browser, its terms and their weights); per term, its postings
 * and their encoding; per file part, its text and the items it was made from. A build reuses a
 * document's work when the document equals last build's (the fields hold the model's own strings,
 * so an unchanged document compares by identity), encodes again only the terms whose postings
 * changed, and makes again only the parts whose items changed. The numbering (kind by kind, in the
 * model's order) and the sorted terms are still made whole each build: both are cheap, and an edit
 * that shifts the numbering changes every posting after it, which no reuse could avoid.
 *
 * <p>The state is made of records, lists, maps, strings and int arrays only, so that it can be
 * saved and restored ({@link #state}, {@link #SearchMemo(State)}). It is never a source of truth:
 * every reused value is what the same inputs give, so the files are those a build without a memo
 * writes, byte for byte.
 */
public final class SearchMemo {
    private static final int[] NONE = {};

    /**
     * A document as last indexed.
     *
     * @param record  its record in a document part ({@link IndexScript#record})
     * @param terms   its terms, each once, as numbers in {@link State#terms}
     * @param weights each term's weight in it
     */
    public record Indexed(SearchDocument doc, String record, int[] terms, int[] weights) {
    }

    /**
     * A term and its postings as last written; no documents (and no entry) when none holds it now.
     *
     * @param entry its entry in a shard ({@link IndexScript#entry})
     */
    public record Term(String term, int[] docs, int[] weights, String entry) {
    }

    /** A file part of the index (a shard, a document part) by the items it was made from, and its text. */
    public record Part(List<String> items, String text) {
    }

    /**
     * @param docs  the last index's documents, in their order
     * @param terms every term seen, numbered on first sight (documents refer to terms by number)
     * @param parts the last index's parts by name ("t3", "d17")
     * @param quotes each quote's text by its paragraphs ({@link SearchDocuments#quote})
     */
    public record State(List<Indexed> docs, List<Term> terms, Map<String, Part> parts, Map<List<String>, String> quotes) {
        static final State EMPTY = new State(List.of(), List.of(), Map.of(), Map.of());
    }

    private State state;
    private Map<String, Integer> numbers; // term → its number in state.terms(); derived, made when first needed
    private int reused;

    public SearchMemo() {
        this(State.EMPTY);
    }

    /** A memo that goes on from a saved state. */
    public SearchMemo(State state) {
        this.state = state;
    }

    public synchronized State state() {
        return state;
    }

    /** How many documents the last build took from the one before instead of indexing them. */
    public synchronized int documentsReused() {
        return reused;
    }

    synchronized void write(Dossier dossier, IndexScript.Layout layout, IndexScript.Sink sink) throws IOException {
        Map<List<String>, String> quotes = new HashMap<>();
        List<SearchDocument> docs = SearchDocuments.of(dossier, paragraphs -> quotes.computeIfAbsent(paragraphs, p -> {
            String known = state.quotes().get(p);
            return known != null ? known : SearchDocuments.quote(p);
        }));
        write(docs, layout, sink);
        state = new State(state.docs(), state.terms(), state.parts(), Map.copyOf(quotes));
    }

    synchronized void write(List<SearchDocument> docs, IndexScript.Layout layout, IndexScript.Sink sink) throws IOException {
        List<Term> terms = new ArrayList<>(state.terms());
        Map<String, Integer> numbered = new HashMap<>(numbers());
        Indexed[] indexed = reuse(docs);
        index(docs, indexed, terms, numbered);

        List<Term> next = changedPostings(indexed, state.docs(), terms).orElseGet(() -> postings(indexed, terms));
        Integer[] live = IntStream.range(0, next.size()).filter(t -> next.get(t).docs().length > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(live, (a, b) -> next.get(a).term().compareTo(next.get(b).term())); // as InvertedIndex sorts
        String[] sorted = new String[live.length];
        String[] entries = new String[live.length];
        for (int i = 0; i < live.length; i++) {
            sorted[i] = next.get(live[i]).term();
            entries[i] = next.get(live[i]).entry();
        }
        String[] records = new String[indexed.length];
        for (int d = 0; d < records.length; d++) {
            records[d] = indexed[d].record();
        }
        Map<String, Part> parts = new HashMap<>();
        IndexScript.write(sorted, entries, IndexScript.kinds(docs), records, layout, keptParts(state.parts(), parts), sink);

        state = new State(List.of(indexed), List.copyOf(next), Map.copyOf(parts), state.quotes());
        numbers = numbered;
    }

    /** Each document's work from the last build when the document is equal, found at its number or else by its kind and url; null where none. */
    private Indexed[] reuse(List<SearchDocument> docs) {
        List<Indexed> last = state.docs();
        Indexed[] indexed = new Indexed[docs.size()];
        Map<String, Indexed> byUrl = null;
        reused = 0;
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            Indexed known = d < last.size() ? last.get(d) : null;
            if ((known == null || !known.doc().equals(doc)) && docs.size() != last.size()) {
                // numbers shifted: find the document by what it is (with as many documents, an
                // unequal one is an edit, and looking further costs more than it finds)
                if (byUrl == null) {
                    byUrl = byUrl(last);
                }
                known = byUrl.get(key(doc));
            }
            if (known != null && !known.doc().equals(doc)) {
                known = null;
            }
            if (known != null) {
                // the new document kept, so that the next build compares it by identity
                indexed[d] = known.doc() == doc ? known : new Indexed(doc, known.record(), known.terms(), known.weights());
                reused++;
            }
        }
        return indexed;
    }

    private static Map<String, Indexed> byUrl(List<Indexed> last) {
        Map<String, Indexed> byUrl = new HashMap<>();
        for (Indexed x : last) {
            byUrl.putIfAbsent(key(x.doc()), x);
        }
        return byUrl;
    }

    private static String key(SearchDocument doc) {
        return doc.kind().ordinal() + doc.url();
    }

    /** Indexes the documents that have no work to reuse, on all cores as a build without a memo does; new terms are numbered. */
    private static void index(List<SearchDocument> docs, Indexed[] indexed, List<Term> terms, Map<String, Integer> numbered) {
        int[] fresh = IntStream.range(0, indexed.length).filter(d -> indexed[d] == null).toArray();
        if (fresh.length == 0) {
            return;
        }
        List<SearchDocument> freshDocs = Arrays.stream(fresh).mapToObj(docs::get).toList();
        InvertedIndex.DocTerms[] tokenised = InvertedIndex.termsOf(freshDocs);
        String[] records = new String[fresh.length];
        IntStream.range(0, fresh.length).parallel().forEach(i -> records[i] = IndexScript.record(freshDocs.get(i)));
        for (int i = 0; i < fresh.length; i++) {
            String[] names = tokenised[i].terms();
            int[] numbers = new int[names.length];
            for (int k = 0; k < names.length; k++) {
                Integer n = numbered.get(names[k]);
                if (n == null) {
                    n = terms.size();
                    terms.add(new Term(names[k], NONE, NONE, null));
                    numbered.put(names[k], n);
                }
                numbers[k] = n;
            }
            indexed[fresh[i]] = new Indexed(freshDocs.get(i), records[i], numbers, tokenised[i].weights());
        }
    }

    /**
     * When the documents are as many as last build's and few changed their terms, each term's
     * postings from last build's, with only the changed documents taken out and put in again
     * (the others' numbers are the same); empty when that does not hold.
     */
    private static Optional<List<Term>> changedPostings(Indexed[] indexed, List<Indexed> last, List<Term> terms) {
        if (indexed.length != last.size()) {
            return Optional.empty();
        }
        List<Integer> changed = new ArrayList<>();
        for (int d = 0; d < indexed.length; d++) {
            Indexed x = last.get(d);
            if (indexed[d].terms() != x.terms() || indexed[d].weights() != x.weights()) {
                changed.add(d);
                if (changed.size() > 64) {
                    return Optional.empty(); // a larger edit: counting every posting again costs less
                }
            }
        }
        Map<Integer, List<int[]>> touched = new HashMap<>(); // term: its postings {doc, weight} in the changed documents now
        for (int d : changed) {
            for (int t : last.get(d).terms()) {
                touched.computeIfAbsent(t, k -> new ArrayList<>());
            }
            int[] ts = indexed[d].terms();
            for (int k = 0; k < ts.length; k++) {
                touched.computeIfAbsent(ts[k], x -> new ArrayList<>()).add(new int[] {d, indexed[d].weights()[k]});
            }
        }
        int[] out = changed.stream().mapToInt(Integer::intValue).toArray(); // ascending
        Term[] next = terms.toArray(new Term[0]);
        touched.forEach((t, in) -> next[t] = term(next[t], out, in));
        return Optional.of(Arrays.asList(next));
    }

    /** The term's postings with the changed documents' (ascending) taken out and {@code in} (ascending by document) put in. */
    private static Term term(Term last, int[] changed, List<int[]> in) {
        int[] docs = new int[last.docs().length + in.size()];
        int[] weights = new int[docs.length];
        int n = 0;
        int from = 0; // copies runs of the old postings between the changed documents, merging the new ones in
        int next = 0;
        for (int c = 0; c <= changed.length; c++) {
            int bound = c < changed.length ? changed[c] : Integer.MAX_VALUE;
            int to = Arrays.binarySearch(last.docs(), from, last.docs().length, bound);
            int end = to >= 0 ? to : -to - 1;
            System.arraycopy(last.docs(), from, docs, n, end - from);
            System.arraycopy(last.weights(), from, weights, n, end - from);
            n += end - from;
            from = to >= 0 ? to + 1 : end;
            if (next < in.size() && in.get(next)[0] == bound) {
                docs[n] = bound;
                weights[n++] = in.get(next++)[1];
            }
        }
        return term(last, Arrays.copyOf(docs, n), Arrays.copyOf(weights, n));
    }

    /** The term with these postings: the last one when they are the same, else with its entry encoded again. */
    private static Term term(Term last, int[] docs, int[] weights) {
        if (Arrays.equals(last.docs(), docs) && Arrays.equals(last.weights(), weights)) {
            return last;
        }
        if (docs.length == 0) {
            return new Term(last.term(), NONE, NONE, null);
        }
        return new Term(last.term(), docs, weights, IndexScript.entry(last.term(), Postings.encode(docs, weights, docs.length)));
    }

    /**
     * Every term's postings in document order, from each document's terms; a term whose postings
     * are those of last build keeps its entry, the others are encoded again (on all cores).
     */
    private static List<Term> postings(Indexed[] indexed, List<Term> terms) {
        int[] count = new int[terms.size()];
        for (Indexed x : indexed) {
            for (int t : x.terms()) {
                count[t]++;
            }
        }
        int[][] docs = new int[count.length][];
        int[][] weights = new int[count.length][];
        for (int t = 0; t < count.length; t++) {
            docs[t] = count[t] == 0 ? NONE : new int[count[t]];
            weights[t] = count[t] == 0 ? NONE : new int[count[t]];
        }
        int[] at = new int[count.length];
        for (int d = 0; d < indexed.length; d++) {
            int[] ts = indexed[d].terms();
            int[] ws = indexed[d].weights();
            for (int k = 0; k < ts.length; k++) {
                int t = ts[k];
                docs[t][at[t]] = d;
                weights[t][at[t]++] = ws[k];
            }
        }
        Term[] next = new Term[count.length];
        IntStream.range(0, count.length).parallel().forEach(t -> next[t] = term(terms.get(t), docs[t], weights[t]));
        return Arrays.asList(next);
    }

    /** Parts whose items are those of last build keep their text; every part made is remembered in {@code made}. */
    private static IndexScript.Parts keptParts(Map<String, Part> last, Map<String, Part> made) {
        return (String name, List<String> items, Supplier<String> make) -> {
            Part known = last.get(name);
            Part part = known != null && known.items().equals(items) ? known : new Part(List.copyOf(items), make.get());
            made.put(name, part);
            return part.text();
        };
    }

    private Map<String, Integer> numbers() {
        if (numbers == null) {
            numbers = new HashMap<>();
            List<Term> terms = state.terms();
            for (int t = 0; t < terms.size(); t++) {
                numbers.put(terms.get(t).term(), t);
            }
        }
        return numbers;
    }
}
