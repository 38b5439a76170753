package dossier.search;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.model.Dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the site's search index, {@value #FILE}, built at bake time so that the browser only
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

    /** Writes the index into the site folder; a failure is reported, never thrown. */
    public static void write(Dossier dossier, Path site, Report report) {
        try {
            Files.writeString(site.resolve(FILE), script(dossier), StandardCharsets.UTF_8);
        } catch (IOException e) {
            report.error("search-index", FILE, Position.START, "cannot write the search index: " + e.getMessage());
        }
    }
}
