package dossier.markdown;

import dossier.diag.Position;

/**
 * A wiki-link as written on a page.
 *
 * @param context the text of the paragraph around it, for backlink snippets
 */
public record WikiLinkFact(int ordinal, String target, String shown, Position position, String context) {
}
