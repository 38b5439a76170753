package dossier.model;

import dossier.markdown.CitationFact;
import dossier.source.SourceRecord;

/** An inline citation whose key resolved; {@code paragraph} is 0 when it names none. */
public record ResolvedCitation(Page page, CitationFact fact, SourceRecord source, int paragraph) {
}
