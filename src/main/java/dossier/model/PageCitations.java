package dossier.model;

import dossier.source.SourceRecord;

import java.util.List;

/**
 * Everything a page cites, resolved: excerpts and citations by ordinal, and the numbered
 * reference list (sources in order of first citation; number = index + 1).
 */
public record PageCitations(List<ResolvedExcerpt> excerpts, List<ResolvedCitation> citations, List<SourceRecord> references) {
    public PageCitations {
        excerpts = List.copyOf(excerpts);
        citations = List.copyOf(citations);
        references = List.copyOf(references);
    }

    public int referenceNumber(SourceRecord source) {
        return references.indexOf(source) + 1;
    }
}
