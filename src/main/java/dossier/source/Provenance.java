package dossier.source;

import java.util.Locale;
import java.util.Optional;

/** Where a metadata value comes from. Only STATED values are the source's own words. */
public enum Provenance {
    /** The archived file states it. */
    STATED,
    /** An editor supplied it; the note says from where. */
    SUPPLIED,
    /** Deduced from the text; the note gives the basis. */
    INFERRED,
    /** Unknown: the value is empty and the note says why. */
    MISSING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Provenance> parse(String text) {
        for (Provenance p : values()) {
            if (p.label().equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
