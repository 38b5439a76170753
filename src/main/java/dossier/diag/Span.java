package dossier.diag;

import java.util.Objects;

/** Where a piece of text stands in its file: from {@code start} to {@code end}, exclusive. */
public record Span(Position start, Position end) {
    public Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("a span ends before it starts: " + start + " to " + end);
        }
    }
}
