package dossier.model;

import dossier.markdown.ExcerptFact;
import dossier.source.SourceRecord;

/**
 * An excerpt proven verbatim against its source.
 *
 * @param paragraph the number of the source paragraph where the quote starts
 * @param anchor    a fragment id that depends only on the source and the quoted words
 */
public record ResolvedExcerpt(Page page, ExcerptFact fact, SourceRecord source, int paragraph, String anchor) {
}
