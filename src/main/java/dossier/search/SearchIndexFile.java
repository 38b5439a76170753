package dossier.search;

import dossier.model.Dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The site's search index, {@value #FILE} (and, for a large dossier, the shards and document parts
 * under {@value IndexScript#FOLDER} it points to), built at bake time so that the browser only looks
 * terms up (no indexing on every page view) and search works from file:// as well as hosted. The
 * format is {@link IndexScript}'s.
 */
public final class SearchIndexFile {
    public static final String FILE = "search-index.js";
    /** The folder of the shards and document parts, relative to the site root, with its slash. */
    public static final String FOLDER = IndexScript.FOLDER;

    /** Where the index's files go: a path relative to the site root (FILE first) and its text. */
    public interface Sink {
        void write(String path, String text) throws IOException;
    }

    private SearchIndexFile() {
    }

    /** Writes the index's files; deterministic: the same dossier gives the same files, byte for byte. */
    public static void write(Dossier dossier, Sink sink) throws IOException {
        write(dossier, IndexScript.Layout.DEFAULT, sink);
    }

    /**
     * Writes the same files, reusing what the memo kept of the last build's index for the
     * documents, terms and parts that are unchanged, and leaves this build's for the next.
     */
    public static void write(Dossier dossier, SearchMemo memo, Sink sink) throws IOException {
        write(dossier, IndexScript.Layout.DEFAULT, memo, sink);
    }

    static void write(Dossier dossier, IndexScript.Layout layout, SearchMemo memo, Sink sink) throws IOException {
        memo.write(dossier, layout, sink::write);
    }

    static void write(Dossier dossier, IndexScript.Layout layout, Sink sink) throws IOException {
        write(SearchDocuments.of(dossier), layout, null, sink);
    }

    /** @param memo null for none */
    static void write(List<SearchDocument> docs, IndexScript.Layout layout, SearchMemo memo, Sink sink) throws IOException {
        if (memo != null) {
            memo.write(docs, layout, sink::write);
        } else {
            IndexScript.write(docs, InvertedIndex.of(docs), layout, sink::write);
        }
    }

    /** The index's files by path, in memory: for tests and small dossiers. */
    public static SortedMap<String, String> files(Dossier dossier) {
        return files(dossier, IndexScript.Layout.DEFAULT);
    }

    static SortedMap<String, String> files(Dossier dossier, IndexScript.Layout layout) {
        return files(SearchDocuments.of(dossier), layout, null);
    }

    /** @param memo null for none */
    static SortedMap<String, String> files(List<SearchDocument> docs, IndexScript.Layout layout, SearchMemo memo) {
        SortedMap<String, String> files = new TreeMap<>();
        try {
            write(docs, layout, memo, files::put);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The manifest's text: the whole index when the dossier is small. */
    public static String script(Dossier dossier) {
        return files(dossier).get(FILE);
    }
}
