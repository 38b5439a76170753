package dossier.it;

import com.fasterxml.jackson.databind.JsonNode;
import dossier.diag.LineMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the replacements of fixes, as an editor would, to a file's text: each region's 1-based
 * line and column (UTF-16 code units, end exclusive) turned into offsets, the last first so that
 * earlier offsets stay put. Refuses overlapping regions, which no two certain fixes should have.
 */
final class FixReplacements {
    record Replacement(int startLine, int startColumn, int endLine, int endColumn, String text) {
        /** A replacement as {@code check --format json} writes it. */
        static Replacement of(JsonNode r) {
            return new Replacement(r.get("startLine").asInt(), r.get("startColumn").asInt(), r.get("endLine").asInt(),
                    r.get("endColumn").asInt(), r.get("text").asText());
        }
    }

    private FixReplacements() {
    }

    /** The text the region covers now. */
    static String covered(String text, Replacement r) {
        LineMap lines = new LineMap(text);
        return text.substring(offset(lines, r.startLine(), r.startColumn()), offset(lines, r.endLine(), r.endColumn()));
    }

    static String apply(String text, List<Replacement> replacements) {
        LineMap lines = new LineMap(text);
        List<int[]> edits = new ArrayList<>();
        for (int i = 0; i < replacements.size(); i++) {
            Replacement r = replacements.get(i);
            edits.add(new int[] {offset(lines, r.startLine(), r.startColumn()), offset(lines, r.endLine(), r.endColumn()), i});
        }
        edits.sort(Comparator.comparingInt((int[] e) -> e[0]).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (int[] e : edits) {
            if (e[1] > limit) {
                throw new IllegalArgumentException("overlapping replacements: " + replacements);
            }
            out.replace(e[0], e[1], replacements.get(e[2]).text());
            limit = e[0];
        }
        return out.toString();
    }

    private static int offset(LineMap lines, int line, int column) {
        if (line < 1 || line > lines.lineCount() || column < 1) {
            throw new IllegalArgumentException("no such position: " + line + ":" + column);
        }
        return lines.lineStart(line) + column - 1;
    }
}
