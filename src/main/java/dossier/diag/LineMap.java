package dossier.diag;

import java.util.Arrays;

/**
 * Turns character offsets in a text into 1-based line and column positions. Offsets are kept
 * as they are while parsing and only turned into positions when a diagnostic is raised.
 * Lines end at LF; a CR before it belongs to the line it ends.
 */
public final class LineMap {
    private final int[] lineStarts;

    public LineMap(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public Position position(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, offset));
        int line = index >= 0 ? index : -index - 2;
        return new Position(line + 1, Math.max(0, offset) - lineStarts[line] + 1);
    }

    /** The offset at which a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
