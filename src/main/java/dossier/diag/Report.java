package dossier.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every diagnostic of one build so that all problems are reported at once. Safe to use
 * from several threads (pages are rendered in parallel).
 */
public final class Report {
    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private Set<String> suppressed = Set.of();

    /**
     * Adds a diagnostic; the same one twice (a template error hit by every page) is kept once, and
     * a warning whose code the site suppresses is dropped.
     */
    public synchronized void add(Diagnostic diagnostic) {
        if (diagnostic.severity() == Severity.WARNING && suppressed.contains(diagnostic.code())) {
            return;
        }
        diagnostics.add(diagnostic);
    }

    /** Warnings with these codes are dropped from now on. Errors cannot be suppressed. */
    public synchronized void suppressWarnings(Set<String> codes) {
        this.suppressed = Set.copyOf(codes);
    }

    public void error(String code, String path, Position position, String message) {
        add(Diagnostic.error(code, path, position, message));
    }

    public void error(String code, String path, Position position, String message, String hint) {
        add(Diagnostic.error(code, path, position, message).withHint(hint));
    }

    /**
     * An error whose offending span is known: {@code end} is exclusive, null when not known; the
     * fix is null unless one is certain.
     */
    public void error(String code, String path, Position position, Position end, String message, String hint, Fix fix) {
        add(Diagnostic.error(code, path, position, message).withHint(hint).withEnd(end).withFix(fix));
    }

    public synchronized boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether a file has an error: per file, so that files read in parallel do not see each other's. */
    public synchronized boolean hasErrorsIn(String path) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.path().equals(path));
    }

    /** All diagnostics in a stable order: by path, then position. */
    public synchronized List<Diagnostic> diagnostics() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Diagnostic.ORDER);
        return List.copyOf(sorted);
    }

    /** "2 errors, 1 warning" — for the last line of a failed build. */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
