package dossier.model;

import dossier.diag.Position;

import java.util.List;

/**
 * Words our commentary puts in double quotes, with the inline citations that follow them (the
 * first run of citations after the closing quote mark, in the same paragraph).
 *
 * @param attributed whether the sentence gives the words to a speaker ("X said", "according to X")
 */
public record Quotation(String words, Position position, List<Resolution<ResolvedCitation>> citations, boolean attributed) {
    public Quotation {
        citations = List.copyOf(citations);
    }
}
