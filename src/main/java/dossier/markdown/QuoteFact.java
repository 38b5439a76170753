package dossier.markdown;

import dossier.diag.Position;

import java.util.List;

/**
 * Words our commentary puts in double quotes, and the inline citations that follow them: the
 * first run of citations after the closing quote mark, in the same paragraph. The quoted words
 * must be in what those citations point to, as an excerpt must be in its paragraph.
 *
 * @param words            the quoted words as a reader sees them (wiki links by their shown text)
 * @param citationOrdinals the ordinals of those citations among the page's inline citations
 * @param attributed       whether the sentence gives the words to a speaker ("X said", "according to X")
 */
public record QuoteFact(String words, Position position, List<Integer> citationOrdinals, boolean attributed) {
    public QuoteFact {
        citationOrdinals = List.copyOf(citationOrdinals);
    }
}
