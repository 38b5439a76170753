package dossier.markdown;

import dossier.diag.Position;
import dossier.diag.Span;

/**
 * One inline citation as written on a page (a bracket of several gives one each, in order).
 *
 * @param position    where its bracket starts
 * @param keySpan     where its key stands (after the @), or null when not known
 * @param locatorSpan where its locator stands ("¶7"), or null when it has none or it is not known
 */
public record CitationFact(int ordinal, String key, Locator locator, Position position, Span keySpan, Span locatorSpan) {
    public CitationFact(int ordinal, String key, Locator locator, Position position) {
        this(ordinal, key, locator, position, null, null);
    }
}
