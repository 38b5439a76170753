package dossier.text;

import dossier.diag.LineMap;
import dossier.diag.Position;
import dossier.diag.Report;

import java.util.Optional;

/**
 * Characters that have no place in a page, a record or the manifest: NUL and the other C0 and C1
 * controls (tab and line ends excepted), DEL, lone surrogates, and the bidirectional overrides and
 * isolates (U+202A–202E, U+2066–2069) that make text display in another order than it reads
 * ("Trojan Source"). Each is an error at its line and column; the text handed on has each replaced
 * by U+FFFD, so parsing goes on and reports everything else, and none reaches the output.
 */
public final class ControlCharacters {
    private static final char REPLACEMENT = '\uFFFD';
    /** Reported one by one up to this many per file, then counted: a file of NULs must not flood the report. */
    static final int SHOWN_PER_FILE = 10;

    private ControlCharacters() {
    }

    /** What is wrong with a character, or empty when it is allowed. */
    public static Optional<String> describe(String text, int index) {
        char c = text.charAt(index);
        if (c == '\t' || c == '\n' || c == '\r') {
            return Optional.empty();
        }
        if (c == 0) {
            return Optional.of("a NUL character (U+0000)");
        }
        if (c < 0x20 || c == 0x7F) {
            return Optional.of(String.format("a control character (U+%04X)", (int) c));
        }
        if (c >= 0x80 && c <= 0x9F) {
            return Optional.of(String.format("a C1 control character (U+%04X)", (int) c));
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
            return Optional.of(String.format("a bidirectional override or isolate (U+%04X), which can make text show in another order than it reads", (int) c));
        }
        if (Character.isHighSurrogate(c) && (index + 1 == text.length() || !Character.isLowSurrogate(text.charAt(index + 1)))
                || Character.isLowSurrogate(c) && (index == 0 || !Character.isHighSurrogate(text.charAt(index - 1)))) {
            return Optional.of(String.format("a lone surrogate (U+%04X), which is not a character", (int) c));
        }
        return Optional.empty();
    }

    /** The index of the first character not allowed, or -1. */
    public static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // printable ASCII is most of every file and never a problem: only the rest is described
            if ((c < 0x20 || c >= 0x7F) && describe(text, i).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reports every character not allowed in a file's text at its position, and returns the text
     * with each replaced by U+FFFD (same length, so later positions stay right).
     */
    public static String check(String text, String path, Report report) {
        int first = first(text);
        if (first < 0) {
            return text;
        }
        LineMap lines = new LineMap(text);
        StringBuilder clean = new StringBuilder(text);
        int found = 0;
        int firstUnshown = -1;
        for (int i = first; i < text.length(); i++) {
            Optional<String> problem = describe(text, i);
            if (problem.isPresent()) {
                if (++found <= SHOWN_PER_FILE) {
                    report.error("control-character", path, lines.position(i), "the text holds " + problem.get() + ": remove it",
                            "control characters are invisible and unsafe in a page, a record or the manifest");
                } else if (firstUnshown < 0) {
                    firstUnshown = i;
                }
                clean.setCharAt(i, REPLACEMENT);
            }
        }
        if (found > SHOWN_PER_FILE) {
            report.error("control-character", path, lines.position(firstUnshown), "the text holds " + (found - SHOWN_PER_FILE)
                    + " more control characters from here on (only the first " + SHOWN_PER_FILE + " are shown one by one): remove them all");
        }
        return clean.toString();
    }

    /**
     * Reports a value that holds a character not allowed although the file's text does not (a YAML
     * scalar written with escapes, a Markdown character reference).
     *
     * @param subject what holds it, for the message ("value", "character reference '&amp;#1;'")
     */
    public static boolean checkValue(String value, String subject, String path, Position at, Report report) {
        int first = first(value);
        if (first < 0) {
            return true;
        }
        report.error("control-character", path, at, "the " + subject + " holds " + describe(value, first).orElseThrow() + ": remove it",
                "control characters are invisible and unsafe in a page, a record or the manifest");
        return false;
    }
}
