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

    /** Where a span ends, or null for no span: for diagnostics, whose end may not be known. */
    public static Position endOf(Span span) {
        return span == null ? null : span.end();
    }

    /**
     * The part of a span on one line from character {@code from} to {@code to} (exclusive) of its
     * text: the key inside a quoted value. Null when the span runs across lines or the part is not in it.
     */
    public Span part(int from, int to) {
        if (start.line() != end.line() || from < 0 || to < from || start.column() + to > end.column()) {
            return null;
        }
        return new Span(new Position(start.line(), start.column() + from), new Position(start.line(), start.column() + to));
    }
}
