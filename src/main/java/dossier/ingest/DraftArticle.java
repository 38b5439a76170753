package dossier.ingest;

import dossier.text.Json;
import dossier.source.SourceRecord;

/**
 * The article page written next to a new source: a draft (checked, never published) with complete
 * front matter and a comment on each field, ready for excerpts.
 */
public final class DraftArticle {
    private DraftArticle() {
    }

    static String write(SourceRecord source) {
        return write(source.id(), source.path(), "Notes on " + source.displayTitle());
    }

    /** A draft article page annotating the source {@code sourceId}, whose record is at {@code recordPath}. */
    public static String write(String sourceId, String recordPath, String title) {
        return "---\n"
                + "# Our own title for the page (not the publisher's headline).\n"
                + "title: " + Json.quote(title) + "\n"
                + "# One factual sentence, in our words, on what the article reports.\n"
                + "summary: \"\"\n"
                + "# The source this page annotates: " + recordPath + "\n"
                + "source: " + sourceId + "\n"
                + "tags: []\n"
                + "# Drafts are checked but not published: remove this line when the page is ready.\n"
                + "draft: true\n"
                + "---\n"
                + "Quote the source in blockquotes, each closed by its key and paragraph number on a line of its\n"
                + "own, such as [@" + sourceId + ", ¶1], with the paragraph numbers of " + recordPath + ",\n"
                + "and follow each excerpt with our commentary.\n";
    }
}
