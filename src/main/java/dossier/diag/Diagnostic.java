package dossier.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One content problem, printed as {@code path:line:col: error: message [code]}.
 * The path is relative to the site root and always uses forward slashes; the code is stable
 * so that editors and CI can match on it; the hint (optional) says what to do about it.
 *
 * @param position where the offending text starts (what the text form prints)
 * @param end      where it ends, exclusive: the column after its last character (as SARIF and
 *                 editors count). Given precisely only where the check knows the span (a
 *                 misspelt name, a wrong {@code ¶N}); where it does not, it equals
 *                 {@code position}, an empty span, and the formats treat it as unknown
 *                 ({@link #hasSpan()}). Never null.
 * @param fix      the change that certainly mends it, or null when there is none to be sure of
 */
public record Diagnostic(String code, Severity severity, String path, Position position, String message, String hint,
                         Position end, Fix fix) {

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
        end = end == null || end.compareTo(position) < 0 ? position : end;
    }

    /** A diagnostic with no known span and no fix, as most are. */
    public Diagnostic(String code, Severity severity, String path, Position position, String message, String hint) {
        this(code, severity, path, position, message, hint, null, null);
    }

    public static Diagnostic error(String code, String path, Position position, String message) {
        return new Diagnostic(code, Severity.ERROR, path, position, message, null);
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(code, severity, path, position, message, newHint, end, fix);
    }

    /** The same with the end of the offending span known (exclusive). */
    public Diagnostic withEnd(Position newEnd) {
        return new Diagnostic(code, severity, path, position, message, hint, newEnd, fix);
    }

    /** The same with a certain fix (null for none). */
    public Diagnostic withFix(Fix newFix) {
        return new Diagnostic(code, severity, path, position, message, hint, end, newFix);
    }

    /** Whether the end of the offending span is known (it is not where it equals the start). */
    public boolean hasSpan() {
        return !end.equals(position);
    }

    /** The one-line form, without the hint. */
    public String headline() {
        return visible(path + ":" + position.line() + ":" + position.column() + ": " + severity.label() + ": " + message
                + " [" + code + "]");
    }

    /** The headline plus the indented hint lines, as printed on the terminal. */
    public String format() {
        if (hint == null || hint.isBlank()) {
            return headline();
        }
        StringBuilder out = new StringBuilder(headline());
        for (String line : hint.split("\n", -1)) {
            out.append("\n    ").append(visible(line));
        }
        return out.toString();
    }

    /**
     * Control characters, bidirectional overrides and lone surrogates quoted from content are
     * printed as {@code \\uXXXX}: a message must not recolour, reorder or hide text on a terminal.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lone = Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            boolean hidden = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || lone;
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(hidden ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
