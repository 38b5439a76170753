package dossier.diag;

/**
 * A 1-based line and column in a text file. Columns count UTF-16 code units (Java chars), as
 * {@link LineMap} does: a character beyond U+FFFF counts two. That is SARIF's default column kind
 * ({@code utf16CodeUnits}) and what editors count.
 */
public record Position(int line, int column) implements Comparable<Position> {
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    /** The same position moved down by {@code lines} (front matter, embedded blocks). */
    public Position plusLines(int lines) {
        return new Position(line + lines, column);
    }

    @Override
    public int compareTo(Position o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
    }
}
