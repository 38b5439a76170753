package dossier.search;

import dossier.model.Dossier;

import java.util.List;

/**
 * The site's search index, {@value #FILE}, built at bake time so that the browser only
 * looks terms up (no indexing on every page view) and search works from file:// as well as hosted.
 */
public final class SearchIndexFile {
    public static final String FILE = "search-index.js";

    private SearchIndexFile() {
    }

    /** The script's text; deterministic: the same dossier gives the same bytes. */
    public static String script(Dossier dossier) {
        List<SearchDocument> docs = SearchDocuments.of(dossier);
        return IndexScript.of(docs, InvertedIndex.of(docs));
    }
}
