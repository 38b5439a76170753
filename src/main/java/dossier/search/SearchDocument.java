package dossier.search;

import java.util.List;

/**
 * One search result as the browser shows it, and the texts it is found by.
 *
 * @param url     relative to the site root; the page prefixes its own path to the root
 * @param context a short line under the title (a source and paragraph, an entity's kind…), may be ""
 * @param text    the text a snippet with the matches is cut from
 * @param fields  what is indexed, each with a weight: a match in a title counts more than one in a body
 */
public record SearchDocument(Kind kind, String title, String url, String context, String text, List<Field> fields) {
    public SearchDocument {
        fields = List.copyOf(fields);
    }

    public record Field(String text, int weight) {
    }

    /** Title and body weights used by every kind. */
    static final int TITLE = 4;
    static final int SUMMARY = 2;
    static final int BODY = 1;
}
