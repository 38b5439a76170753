package dossier.model;

import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a page cites, resolved: excerpts and citations by ordinal (null where one did not
 * resolve; the build reports it and stops before rendering), and the numbered reference list
 * (sources in order of first citation; number = index + 1).
 */
public record PageCitations(List<ResolvedExcerpt> excerpts, List<ResolvedCitation> citations, List<SourceRecord> references) {
    public PageCitations {
        excerpts = Collections.unmodifiableList(new ArrayList<>(excerpts));
        citations = Collections.unmodifiableList(new ArrayList<>(citations));
        references = List.copyOf(references);
    }

    public int referenceNumber(SourceRecord source) {
        return references.indexOf(source) + 1;
    }
}
