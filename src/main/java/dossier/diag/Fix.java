package dossier.diag;

import java.util.List;
import java.util.Objects;

/**
 * A change to the diagnostic's file that certainly mends it, for editors and CI to offer: given
 * only where the check knows the one right text (the paragraph an excerpt is in, the one name a
 * misspelling is close to). The shape is SARIF's {@code fix}: a description and replacements, each
 * a region of the file (start inclusive, end exclusive, both 1-based, columns in UTF-16 code units
 * as {@link LineMap} counts them) and the text that takes its place.
 */
public record Fix(String description, List<Replacement> replacements) {

    /** The text between {@code start} and {@code end} (exclusive) becomes {@code text}. */
    public record Replacement(Position start, Position end, String text) {
        public Replacement {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(text, "text");
            if (end.compareTo(start) < 0) {
                throw new IllegalArgumentException("a replacement ends before it starts: " + start + " to " + end);
            }
        }
    }

    public Fix {
        Objects.requireNonNull(description, "description");
        replacements = List.copyOf(replacements);
    }

    /** One span replaced: "replace 'urll' with 'url'". */
    public static Fix replace(Position start, Position end, String was, String text) {
        return new Fix("replace '" + was + "' with '" + text + "'", List.of(new Replacement(start, end, text)));
    }
}
