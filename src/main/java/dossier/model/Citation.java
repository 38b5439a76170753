package dossier.model;

import dossier.source.SourceRecord;

/**
 * A resolved "[@key, ¶N]" written in front matter (events, figures); paragraph 0 when none is
 * named, lastParagraph above paragraph for a range ("¶3–4").
 */
public record Citation(SourceRecord source, int paragraph, int lastParagraph) {
}
