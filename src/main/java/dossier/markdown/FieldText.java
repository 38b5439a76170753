package dossier.markdown;

import dossier.diag.Position;

/** A front-matter value as written, with where it stands in the page file. */
public record FieldText(String value, Position at) {

    public boolean isBlank() {
        return value.isBlank();
    }
}
