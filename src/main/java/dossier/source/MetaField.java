package dossier.source;

import java.util.Optional;

/** One metadata value with its provenance and the editor's note (basis of an inference, reason it is missing). */
public record MetaField<T>(T value, Provenance provenance, String note) {

    public static <T> MetaField<T> missing(String note) {
        return new MetaField<>(null, Provenance.MISSING, note);
    }

    public Optional<T> optional() {
        return Optional.ofNullable(value);
    }

    public boolean isKnown() {
        return value != null;
    }

    /** True when the value is ours rather than the source's: readers must see it marked. */
    public boolean isEditorial() {
        return provenance == Provenance.SUPPLIED || provenance == Provenance.INFERRED;
    }
}
