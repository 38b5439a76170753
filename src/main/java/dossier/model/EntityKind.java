package dossier.model;

import java.util.Locale;
import java.util.Optional;

/** What an entity page is about. */
public enum EntityKind {
    PERSON("People"), ORGANISATION("Organisations"), PLACE("Places"), MATERIAL("Materials"),
    AGREEMENT("Agreements and alliances"), TOPIC("Topics");

    private final String plural;

    EntityKind(String plural) {
        this.plural = plural;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String plural() {
        return plural;
    }

    public static Optional<EntityKind> parse(String text) {
        for (EntityKind kind : values()) {
            if (kind.label().equals(text)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
