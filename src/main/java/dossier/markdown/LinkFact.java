package dossier.markdown;

import dossier.diag.Position;

/**
 * A Markdown link or image target as written on a page.
 *
 * @param context the plain text of the paragraph around it, for backlink snippets (null when not kept)
 */
public record LinkFact(String url, Position position, String context) {
    public LinkFact(String url, Position position) {
        this(url, position, null);
    }
}
