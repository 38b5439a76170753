package dossier.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One content problem, printed as {@code path:line:col: error: message [code]}.
 * The path is relative to the site root and always uses forward slashes; the code is stable
 * so that editors and CI can match on it; the hint (optional) says what to do about it.
 */
public record Diagnostic(String code, Severity severity, String path, Position position, String message, String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparing(Diagnostic::position)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        path = path.replace('\\', '/');
    }

    public static Diagnostic error(String code, String path, Position position, String message) {
        return new Diagnostic(code, Severity.ERROR, path, position, message, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(code, severity, path, position, message, newHint);
    }

    /** The one-line form, without the hint. */
    public String headline() {
        return path + ":" + position.line() + ":" + position.column() + ": " + severity.label() + ": " + message
                + " [" + code + "]";
    }

    /** The headline plus the indented hint lines, as printed on the terminal. */
    public String format() {
        if (hint == null || hint.isBlank()) {
            return headline();
        }
        StringBuilder out = new StringBuilder(headline());
        for (String line : hint.split("\n", -1)) {
            out.append("\n    ").append(line);
        }
        return out.toString();
    }
}
