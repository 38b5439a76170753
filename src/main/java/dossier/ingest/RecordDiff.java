package dossier.ingest;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import java.util.List;

/** A unified diff (3 lines of context) of a record file before and after regenerating it. */
final class RecordDiff {
    private static final int CONTEXT = 3;

    private RecordDiff() {
    }

    /**
     * @param before the file's text, or null when it does not exist yet
     * @return the diff, each line ending in a newline; empty when nothing differs
     */
    static String unified(String path, String before, String after) {
        List<String> old = before == null ? List.of() : lines(before);
        List<String> now = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : path, path, old,
                DiffUtils.diff(old, now), CONTEXT);
        StringBuilder out = new StringBuilder();
        diff.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static List<String> lines(String text) {
        String[] parts = text.split("\n", -1);
        // a final newline ends the last line; it does not start another
        return List.of(parts).subList(0, text.endsWith("\n") ? parts.length - 1 : parts.length);
    }
}
