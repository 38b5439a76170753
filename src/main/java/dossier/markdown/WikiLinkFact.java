package dossier.markdown;

import dossier.diag.Position;
import dossier.diag.Span;

/**
 * A wiki-link as written on a page.
 *
 * @param context    the text of the paragraph around it, for backlink snippets
 * @param targetSpan where the target stands as written (before any '|'), or null when not known
 */
public record WikiLinkFact(int ordinal, String target, String shown, Position position, String context, Span targetSpan) {
    public WikiLinkFact(int ordinal, String target, String shown, Position position, String context) {
        this(ordinal, target, shown, position, context, null);
    }
}
