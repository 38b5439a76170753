package dossier.markdown;

import dossier.diag.Position;

import java.util.List;

/**
 * A front-matter value as written, with where it stands in the page file.
 *
 * @param end where it ends (exclusive) when it is written plain on one line, so that its span is
 *            its value; else null
 */
public record FieldText(String value, Position at, Position end) {

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
