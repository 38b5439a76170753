package dossier.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One search result as the browser shows it, and the texts it is found by.
 *
 * @param url     relative to the site root; the page prefixes its own path to the root
 * @param context a short line under the title (a source and paragraph, an entity's kind…), may be ""
 * @param fields  what is indexed, each with a weight: a match in a title counts more than one in a body
 */
public record SearchDocument(Kind kind, String title, String url, String context, List<Field> fields) {
    public SearchDocument {
        fields = List.copyOf(fields);
    }

    /**
     * @param shown whether the text is part of the document's {@link #text()}. The fields hold the
     *              model's own strings, not a copy joined for the snippet: an unchanged document
     *              then compares equal to last build's by identity, without reading its text.
     */
    public record Field(String text, int weight, boolean shown) {
        // written out, as below: the generated equals (through method handles) cost a fifth of a memo's search phase
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Field f && weight == f.weight && shown == f.shown && text.equals(f.text);
        }

        @Override
        public int hashCode() {
            return (text.hashCode() * 31 + weight) * 31 + Boolean.hashCode(shown);
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SearchDocument d && kind == d.kind && title.equals(d.title) && url.equals(d.url)
                && context.equals(d.context) && fields.equals(d.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, title, url, context, fields);
    }

    /** The text a snippet with the matches is cut from: the shown fields, separated by blank lines. */
    public String text() {
        return fields.stream().filter(Field::shown).map(Field::text).collect(Collectors.joining("\n\n"));
    }

    /** Title and body weights used by every kind. */
    static final int TITLE = 4;
    static final int SUMMARY = 2;
    static final int BODY = 1;
    static final boolean SHOWN = true;
    static final boolean HIDDEN = false;
}
