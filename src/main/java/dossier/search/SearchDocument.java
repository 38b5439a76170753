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
 * @param names   the names the document is known by as a whole (an entity's name and aliases): a query
 *                that is one of them, word for word, ranks the document first ({@link NameKeys})
 */
public record SearchDocument(Kind kind, String title, String url, String context, List<Field> fields, List<String> names) {
    public SearchDocument {
        fields = List.copyOf(fields);
        names = List.copyOf(names);
    }

    /** A document known by no name of its own. */
    public SearchDocument(Kind kind, String title, String url, String context, List<Field> fields) {
        this(kind, title, url, context, fields, List.of());
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
                && context.equals(d.context) && fields.equals(d.fields) && names.equals(d.names);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, title, url, context, fields, names);
    }

    /** The text a snippet with the matches is cut from: the shown fields, separated by blank lines. */
    public String text() {
        return fields.stream().filter(Field::shown).map(Field::text).collect(Collectors.joining("\n\n"));
    }

    /**
     * Title and body weights used by every kind. A title outweighs the most a summary and a body can
     * add up to (3 repeats each: 2·3 + 1·3 = 9), so that the browser can tell a match in a title from
     * its weight alone (at least {@code TITLE}) and rank titles above texts.
     */
    static final int TITLE = 10;
    static final int SUMMARY = 2;
    static final int BODY = 1;
    static final boolean SHOWN = true;
    static final boolean HIDDEN = false;
}
