package dossier.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The index as classic scripts: a script element loads from file:// too, where fetch() and
 * modules are blocked. Values are JSON, all non-ASCII escaped, so each file reads the same
 * whatever encoding the browser assumes for it.
 *
 * <p>{@value SearchIndexFile#FILE}, the manifest, loads first and sets {@code window.DOSSIER_SEARCH}:
 * <pre>
 * version:    3
 * kinds:      [[id, label], …]            result groups, in display order
 * kindStarts: [0, …, documents]           documents are numbered kind by kind: kind i holds ids kindStarts[i] to kindStarts[i+1] - 1
 * docChunk:   n                           documents per part "d" + floor(id / n)
 * shards:     ["", "c", "gr", …]          shard i (part "t" + i) holds the terms from shards[i] up to shards[i+1], not included
 * parts:      {name: part, …}             present when the index is small: every part inline, nothing else to load
 * vocab:      ["", "h", …]                when it is not: vocabulary part i ("v" + i) holds the word terms from vocab[i] up to vocab[i+1]
 * </pre>
 * Otherwise each part is its own script, {@code search-index/<name>.js}, that calls
 * {@code DOSSIER_SEARCH_PART(name, part)} (defined by js/search.js):
 * <pre>
 * "t" + i:    {terms: ["term", …], postings: ["…", …]}          sorted terms and their encoded postings ({@link Postings})
 * "d" + i:    [[title, url, context, snippet], …]               documents i·n to i·n + n - 1
 * "v" + i:    ["term", …]                                       the word terms alone (no name keys, no postings), sorted
 * </pre>
 * The vocabulary lets the browser find the terms near a misspelt word (and the words a joined one
 * splits into) by loading the terms of one initial, not their postings; a small index has it in its
 * one term shard. Name keys ({@link NameKeys}) are terms like any other in the term shards.
 * A shard is a run of sorted terms cut when it passes about {@code shardBytes}; its key is the
 * shortest prefix of its first term that sorts after the previous shard's last term, so a lookup of
 * any prefix needs just the shards whose range meets it. The snippet is the start of the text, cut
 * at bake time at a word ({@value #SNIPPET} characters at most): the browser marks the matches in it.
 */
final class IndexScript {
    static final int VERSION = 3;
    static final String FOLDER = "search-index/";
    /** Characters of a document's text kept for its snippet. */
    static final int SNIPPET = 240;

    /**
     * @param shardBytes   a shard is cut once its terms and postings pass this many bytes
     * @param docsPerChunk documents per document part
     * @param inlineBytes  an index whose parts together stay under this is one file
     */
    record Layout(int shardBytes, int docsPerChunk, int inlineBytes) {
        static final Layout DEFAULT = new Layout(32 * 1024, 16, 256 * 1024);
    }

    /** Where the files go: a path relative to the site root and its text. */
    interface Sink {
        void write(String path, String text) throws IOException;
    }

    private IndexScript() {
    }

    /**
     * The text of each file part, made from its items (a shard's entries, a document part's
     * records): a memo may hand back last build's text when the items are the same.
     */
    interface Parts {
        Parts NONE = (name, items, make) -> make.get();

        String text(String name, List<String> items, java.util.function.Supplier<String> make);
    }

    static void write(List<SearchDocument> docs, InvertedIndex index, Layout layout, Sink sink) throws IOException {
        int n = index.size();
        String[] terms = new String[n];
        String[] entries = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            terms[i] = index.term(i);
            entries[i] = entry(terms[i], index.encoded(i));
        });
        String[] records = new String[docs.size()];
        IntStream.range(0, docs.size()).parallel().forEach(d -> records[d] = record(docs.get(d)));
        write(terms, entries, kinds(docs), records, layout, Parts.NONE, sink);
    }

    /** A term's entry in its shard: {@code "term","postings"}. */
    static String entry(String term, String encoded) {
        StringBuilder e = new StringBuilder(term.length() + encoded.length() + 8);
        string(e, term).append(',');
        return string(e, encoded).toString();
    }

    /** Each document's kind, in document order. */
    static Kind[] kinds(List<SearchDocument> docs) {
        Kind[] kinds = new Kind[docs.size()];
        for (int d = 0; d < kinds.length; d++) {
            kinds[d] = docs.get(d).kind();
        }
        return kinds;
    }

    /**
     * @param terms   sorted
     * @param entries term i's entry ({@link #entry})
     * @param kinds   document d's kind, documents numbered kind by kind
     * @param records document d's record ({@link #record})
     */
    static void write(String[] terms, String[] entries, Kind[] kinds, String[] records, Layout layout, Parts parts, Sink sink)
            throws IOException {
        int n = terms.length;
        long total = 0;
        for (String e : entries) {
            total += e.length() + 2;
        }
        for (String r : records) {
            total += r.length() + 2;
        }
        boolean inline = total < layout.inlineBytes();
        List<Integer> starts = new ArrayList<>(); // first term of each shard
        List<String> keys = new ArrayList<>();
        starts.add(0);
        keys.add("");
        if (!inline) {
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                if (bytes >= layout.shardBytes()) {
                    starts.add(i);
                    keys.add(key(terms[i - 1], terms[i]));
                    bytes = 0;
                }
                bytes += entries[i].length() + 2;
            }
        }
        starts.add(n);
        int chunk = inline ? Math.max(1, records.length) : layout.docsPerChunk();

        StringBuilder m = new StringBuilder(1 << 12);
        m.append("/* Search index of the dossier, generated at every bake; read by js/search.js. */\n");
        m.append("window.DOSSIER_SEARCH={\"version\":").append(VERSION).append(",\"kinds\":[");
        Kind[] all = Kind.values();
        for (int i = 0; i < all.length; i++) {
            m.append(i == 0 ? "[" : ",[");
            string(m, all[i].name().toLowerCase(Locale.ROOT)).append(',');
            string(m, all[i].label()).append(']');
        }
        m.append("],\n\"kindStarts\":[0");
        for (Kind kind : all) {
            int end = 0;
            while (end < kinds.length && kinds[end].ordinal() <= kind.ordinal()) {
                end++;
            }
            m.append(',').append(end);
        }
        m.append("],\"docChunk\":").append(chunk).append(",\n\"shards\":[");
        for (int i = 0; i < keys.size(); i++) {
            string(i == 0 ? m : m.append(','), keys.get(i));
        }
        m.append(']');
        List<Integer> vocabStarts = inline ? List.of() : vocabularyStarts(terms, layout.shardBytes());
        if (!inline) {
            m.append(",\n\"vocab\":[");
            for (int v = 0; v + 1 < vocabStarts.size(); v++) {
                int first = vocabStarts.get(v);
                string(v == 0 ? m : m.append(','), v == 0 ? "" : key(terms[first - 1], terms[first]));
            }
            m.append(']');
        }
        if (inline) {
            m.append(",\n\"parts\":{\"t0\":");
            shard(m, entries, 0, n);
            m.append(",\n\"d0\":");
            chunk(m, records, 0, records.length);
            m.append('}');
        }
        m.append("};\n");
        sink.write(SearchIndexFile.FILE, m.toString());
        if (inline) {
            return;
        }
        List<String> allEntries = Arrays.asList(entries);
        for (int s = 0; s + 1 < starts.size(); s++) {
            int from = starts.get(s);
            int to = starts.get(s + 1);
            String name = "t" + s;
            sink.write(FOLDER + name + ".js", parts.text(name, allEntries.subList(from, to), () -> {
                StringBuilder part = new StringBuilder(layout.shardBytes() + 4096);
                part.append("DOSSIER_SEARCH_PART(\"").append(name).append("\",");
                shard(part, entries, from, to);
                return part.append(");\n").toString();
            }));
        }
        List<String> allTerms = Arrays.asList(terms);
        for (int v = 0; v + 1 < vocabStarts.size(); v++) {
            List<String> words = allTerms.subList(vocabStarts.get(v), vocabStarts.get(v + 1)).stream().filter(t -> !NameKeys.isKey(t)).toList();
            String name = "v" + v;
            sink.write(FOLDER + name + ".js", parts.text(name, words, () -> {
                StringBuilder part = new StringBuilder(layout.shardBytes() + 1024);
                part.append("DOSSIER_SEARCH_PART(\"").append(name).append("\",[");
                for (int i = 0; i < words.size(); i++) {
                    string(i == 0 ? part : part.append(','), words.get(i));
                }
                return part.append("]);\n").toString();
            }));
        }
        List<String> allRecords = Arrays.asList(records);
        for (int c = 0; c * chunk < records.length; c++) {
            int from = c * chunk;
            int to = Math.min(records.length, (c + 1) * chunk);
            String name = "d" + c;
            sink.write(FOLDER + name + ".js", parts.text(name, allRecords.subList(from, to), () -> {
                StringBuilder part = new StringBuilder(chunk * 400);
                part.append("DOSSIER_SEARCH_PART(\"").append(name).append("\",");
                chunk(part, records, from, to);
                return part.append(");\n").toString();
            }));
        }
    }

    /**
     * Where each vocabulary part starts, as term numbers, and the number of terms last: a part is cut
     * once its terms pass {@code bytes}. Name keys are counted out (they are not words), but a part
     * may start at one: its key is still a prefix that sorts between the parts' terms.
     */
    static List<Integer> vocabularyStarts(String[] terms, int bytes) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        long size = 0;
        for (int i = 0; i < terms.length; i++) {
            if (size >= bytes) {
                starts.add(i);
                size = 0;
            }
            size += NameKeys.isKey(terms[i]) ? 0 : terms[i].length() + 3;
        }
        starts.add(terms.length);
        return starts;
    }

    /** The shortest prefix of {@code first} that sorts after {@code previous} (which sorts before first). */
    static String key(String previous, String first) {
        for (int length = 1; length < first.length(); length++) {
            String prefix = first.substring(0, length);
            if (prefix.compareTo(previous) > 0) {
                return prefix;
            }
        }
        return first;
    }

    private static void shard(StringBuilder out, String[] entries, int from, int to) {
        out.append("{\"terms\":[");
        for (int i = from; i < to; i++) {
            String e = entries[i];
            out.append(i == from ? "" : ",").append(e, 0, e.indexOf("\",\"") + 1);
        }
        out.append("],\n\"postings\":[");
        for (int i = from; i < to; i++) {
            String e = entries[i];
            out.append(i == from ? "" : ",\n").append(e, e.indexOf("\",\"") + 2, e.length());
        }
        out.append("]}");
    }

    private static void chunk(StringBuilder out, String[] records, int from, int to) {
        out.append('[');
        for (int d = from; d < to; d++) {
            out.append(d == from ? "\n" : ",\n").append(records[d]);
        }
        out.append(']');
    }

    static String record(SearchDocument d) {
        String text = d.text();
        StringBuilder r = new StringBuilder(64 + Math.min(text.length(), SNIPPET));
        r.append('[');
        string(r, d.title()).append(',');
        string(r, d.url()).append(',');
        string(r, d.context()).append(',');
        string(r, snippet(text));
        return r.append(']').toString();
    }

    /** The start of the text, at most SNIPPET characters, cut after a word and marked with an ellipsis when cut. */
    static String snippet(String text) {
        int from = 0; // as text.strip(), without copying a long text first
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to - from <= SNIPPET) {
            return text.substring(from, to);
        }
        int end = from + SNIPPET;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > from + SNIPPET / 2) {
            end = space;
        }
        return text.substring(from, end).strip() + " …";
    }

    private static StringBuilder string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append("\\u").append(HEX[c >>> 12]).append(HEX[c >>> 8 & 15]).append(HEX[c >>> 4 & 15]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
