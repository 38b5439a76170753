package dossier.markdown;

import dossier.diag.Position;
import dossier.diag.Span;

import java.util.List;

/**
 * A front-matter value as written, with where it stands in the page file.
 *
 * @param at   where the value starts (its opening quote, if it has one)
 * @param text where its characters stand as they are, on one line (inside any quotes), for a fix
 *             that replaces the value or a part of it; null when they do not (escapes, several lines)
 */
public record FieldText(String value, Position at, Span text) {

    public FieldText(String value, Position at) {
        this(value, at, null);
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    /**
     * Words this value puts in double quotes, found as in commentary; they have no citations of
     * their own (the item they belong to names what they must be in).
     */
    public List<QuoteFact> quotations() {
        return QuoteFinder.find(value, at);
    }
}
