package dossier.markdown;

import dossier.diag.Position;
import dossier.diag.Span;

import java.util.List;

/**
 * An excerpt as written on a page: the key it cites and the quoted paragraphs as plain text.
 *
 * @param quoteParagraphs the text of each quoted paragraph, Markdown escapes resolved
 * @param position        where the quote's first word stands in the page file
 * @param keyPosition     where its citation key stands
 * @param keySpan         where the source key stands (after the @), or null when not known
 * @param locatorSpan     where the key's locator stands ("¶7"), or null when it has none or it is not known
 */
public record ExcerptFact(int ordinal, String key, Locator locator, List<String> quoteParagraphs,
                          Position position, Position keyPosition, Span keySpan, Span locatorSpan) {
    public ExcerptFact {
        quoteParagraphs = List.copyOf(quoteParagraphs);
    }

    public ExcerptFact(int ordinal, String key, Locator locator, List<String> quoteParagraphs,
                       Position position, Position keyPosition) {
        this(ordinal, key, locator, quoteParagraphs, position, keyPosition, null, null);
    }
}
