package dossier.markdown;

import dossier.diag.Position;

import java.util.List;

/** A front-matter value as written, with where it stands in the page file. */
public record FieldText(String value, Position at) {

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
