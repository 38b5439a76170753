package dossier.model;

import dossier.diag.Position;
import dossier.markdown.Locator;
import dossier.source.SourceRecord;

/**
 * An inline citation whose key resolved.
 *
 * @param paragraph     the first paragraph it names, 0 when it names none
 * @param lastParagraph the last paragraph of a range ("¶3–4"), else the same as {@code paragraph}
 */
public record ResolvedCitation(Page page, SourceRecord source, int paragraph, int lastParagraph, Position position) {

    /** "¶7" or "¶3–4", as the dossier prints paragraphs; only for a citation that names some. */
    public String paragraphLabel() {
        return new Locator.Paragraphs(paragraph, lastParagraph).label();
    }
}
