package dossier.model;

import dossier.markdown.Locator;
import dossier.source.SourceRecord;

/**
 * A resolved "[@key, ¶N]" written in front matter (events, figures); paragraph 0 when none is
 * named, lastParagraph above paragraph for a range ("¶3–4").
 */
public record Citation(SourceRecord source, int paragraph, int lastParagraph) {

    /** "¶7" or "¶3–4"; only for a citation that names paragraphs. */
    public String paragraphLabel() {
        return new Locator.Paragraphs(paragraph, lastParagraph).label();
    }
}
