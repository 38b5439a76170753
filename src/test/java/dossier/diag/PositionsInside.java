package dossier.diag;

import java.util.List;

/** For property tests: whether every diagnostic of a report points inside the text it is about. */
public final class PositionsInside {
    private PositionsInside() {
    }

    /** The diagnostics whose position is past the end of its line or of the text; empty when all lie inside. */
    public static List<Diagnostic> outside(Report report, String text) {
        String[] lines = text.split("\n", -1);
        return report.diagnostics().stream().filter(d -> {
            Position at = d.position();
            return at.line() > lines.length || at.column() > lines[at.line() - 1].length() + 1;
        }).toList();
    }
}
