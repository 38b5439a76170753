package dossier.model;

import java.util.Optional;

/**
 * What a reference on a page (an excerpt's key, a citation, a wiki-link) came to: the thing it
 * names, or why it names nothing. The reason has been reported; rendering never starts then.
 */
public sealed interface Resolution<T> permits Resolution.Resolved, Resolution.Unresolved {

    Optional<T> target();

    static <T> Resolution<T> of(T target) {
        return new Resolved<>(target);
    }

    static <T> Resolution<T> unresolved(String reason) {
        return new Unresolved<>(reason);
    }

    record Resolved<T>(T value) implements Resolution<T> {
        public Resolved {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public Optional<T> target() {
            return Optional.of(value);
        }
    }

    /** @param reason a few words, for debugging; the diagnostic says it in full */
    record Unresolved<T>(String reason) implements Resolution<T> {
        @Override
        public Optional<T> target() {
            return Optional.empty();
        }
    }
}
