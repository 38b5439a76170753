package dossier.model;

import dossier.source.SourceRecord;

/** A resolved "[@key, ¶N]" written in front matter (events, figures); paragraph 0 when none is named. */
public record Citation(SourceRecord source, int paragraph) {
}
