package dossier.markdown;

import dossier.diag.Position;

import java.util.List;

/**
 * An excerpt as written on a page: the key it cites and the quoted paragraphs as plain text.
 *
 * @param quoteParagraphs the text of each quoted paragraph, Markdown escapes resolved
 * @param position        where the quote's first word stands in the page file
 * @param keyPosition     where its citation key stands
 */
public record ExcerptFact(int ordinal, String key, Locator locator, List<String> quoteParagraphs,
                          Position position, Position keyPosition) {
    public ExcerptFact {
        quoteParagraphs = List.copyOf(quoteParagraphs);
    }
}
