package dossier.serve;

import dossier.diag.Diagnostic;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the terminal shows after a rebuild: one line naming what changed and how long it took,
 * then only the problems that are new (as a bake prints them) or fixed since the build before,
 * then the counts. Every problem was already printed once; printing them all again on every save
 * would bury the one the save made.
 *
 * <pre>
 * rebuild failed after content/articles/x.md changed: 0.38 s (serving the last good site)
 * content/articles/x.md:9:3: error: excerpt is not verbatim in source 'minimal-source' [excerpt-mismatch]
 *     closest passage, ¶1: "…"
 * 1 error, 0 warnings (1 new)
 * rebuilt after content/articles/x.md changed: 0.21 s
 * fixed: content/articles/x.md:9:3: error: excerpt is not verbatim in source 'minimal-source' [excerpt-mismatch]
 * 0 errors, 0 warnings (1 fixed)
 * </pre>
 */
final class RebuildLog {
    enum Outcome {
        REBUILT("rebuilt after ", ""),
        FAILED_SERVING_LAST("rebuild failed after ", " (serving the last good site)"),
        FAILED_NOTHING_SERVED("rebuild failed after ", " (no good site yet)");

        private final String lead;
        private final String tail;

        Outcome(String lead, String tail) {
            this.lead = lead;
            this.tail = tail;
        }
    }

    /** Marks a diagnostic of the build before that this one no longer has. */
    static final String FIXED = "fixed: ";

    private RebuildLog() {
    }

    /** "rebuilt after content/a.md changed: 0.41 s". */
    static String header(Outcome outcome, Changes changes, Duration took) {
        return outcome.lead + changes.describe() + ": " + String.format(Locale.ROOT, "%.2f s", took.toNanos() / 1e9) + outcome.tail;
    }

    /**
     * The new diagnostics with their hints, the fixed ones' headlines, and the counts with the
     * difference ("1 error, 2 warnings (1 new, 1 fixed)"); nothing when the build had no problem
     * and fixed none.
     *
     * @param summary the report's counts, "1 error, 2 warnings"
     * @param any     whether this build has any diagnostic
     */
    static List<String> details(DiagnosticDelta delta, String summary, boolean any) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : delta.added()) {
            lines.add(d.format());
        }
        for (Diagnostic d : delta.gone()) {
            lines.add(FIXED + d.headline());
        }
        if (any || !delta.isEmpty()) {
            lines.add(summary + " (" + delta.describe() + ")");
        }
        return lines;
    }

    /** The header on {@code out} after a good rebuild and on {@code err} after a failed one; the details on {@code err}. */
    static void print(Outcome outcome, Changes changes, Duration took, DiagnosticDelta delta, String summary, boolean any,
                      PrintWriter out, PrintWriter err) {
        String header = header(outcome, changes, took);
        if (outcome == Outcome.REBUILT) {
            out.println(header);
            out.flush();
        }
        synchronized (err) {
            if (outcome != Outcome.REBUILT) {
                err.println(header);
            }
            details(delta, summary, any).forEach(err::println);
            err.flush();
        }
    }
}
