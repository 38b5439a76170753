package dossier.markdown;

import dossier.diag.LineMap;
import dossier.diag.Position;
import dossier.diag.Report;

/**
 * Limits a page body must keep before flexmark reads it, each far beyond any real page (the
 * shipped dossier's longest block is about 1,100 characters) and each reported where it is
 * passed. flexmark matches a line of '*', '-' or '_' against a backtracking pattern that
 * overflows the stack after about 2,000 of them, so a run is limited well below that; open
 * brackets are limited because links and images nest inside each other.
 */
final class BodyLimits {
    static final int MAX_LINES = 20_000;
    static final int MAX_BLOCK_CHARS = 50_000;
    static final int MAX_RUN = 256;
    static final int MAX_OPEN_BRACKETS = 100;
    private static final String CODE = "markdown-limit";

    private final String path;
    private final String body;
    private final LineMap lines;
    private final int lineOffset;
    private final Report report;

    private BodyLimits(String path, String body, int lineOffset, Report report) {
        this.path = path;
        this.body = body;
        this.lines = new LineMap(body);
        this.lineOffset = lineOffset;
        this.report = report;
    }

    /** Whether the body keeps every limit; the first place each one is passed is reported. */
    static boolean check(String path, String body, int lineOffset, Report report) {
        return new BodyLimits(path, body, lineOffset, report).check();
    }

    private boolean check() {
        boolean ok = true;
        int count = lines.lineCount() - (body.endsWith("\n") ? 1 : 0);
        if (count > MAX_LINES) {
            fail(lines.lineStart(MAX_LINES + 1), "the page body has " + count + " lines, more than the limit of " + MAX_LINES,
                    "split it into several pages");
            ok = false;
        }
        return blocks() & runs() & ok;
    }

    /** A block is a run of lines not blank (a line of only '>' is blank inside a quote); flexmark reads each as one paragraph. */
    private boolean blocks() {
        int blockStart = 0;
        for (int at = 0; at < body.length(); ) {
            int end = body.indexOf('\n', at);
            end = end < 0 ? body.length() : end;
            if (blankInQuote(at, end)) {
                blockStart = end + 1;
            } else if (end - blockStart > MAX_BLOCK_CHARS) {
                fail(blockStart + MAX_BLOCK_CHARS, "a block of text (lines without a blank line between them) runs past "
                        + MAX_BLOCK_CHARS + " characters", "separate its paragraphs with blank lines");
                return false;
            }
            at = end + 1;
        }
        return true;
    }

    private boolean blankInQuote(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\t' && c != '>' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Runs of emphasis and rule characters, and brackets left open within a block. */
    private boolean runs() {
        int run = 0;
        int open = 0;
        boolean ok = true;
        boolean runReported = false;
        boolean bracketsReported = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*' || c == '_' || c == '-') {
                if (++run > MAX_RUN && !runReported) {
                    fail(i, "more than " + MAX_RUN + " '*', '_' or '-' in a row (spaces between them count in the row)",
                            "write a rule as '---' and emphasis with one or two '*'");
                    runReported = true;
                    ok = false;
                }
            } else if (c != ' ' && c != '\t') {
                run = 0;
            }
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) != '\n') {
                i++; // an escaped bracket is text
                run = 0;
            } else if (c == '[') {
                if (++open > MAX_OPEN_BRACKETS && !bracketsReported) {
                    fail(i, "more than " + MAX_OPEN_BRACKETS + " '[' open at once: links and images nest no deeper",
                            "close each '[' with ']', or escape a bracket that is text as '\\['");
                    bracketsReported = true;
                    ok = false;
                }
            } else if (c == ']') {
                open = Math.max(0, open - 1);
            } else if (c == '\n' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                open = 0; // a blank line ends the paragraph, and with it every bracket
            }
        }
        return ok;
    }

    private void fail(int offset, String message, String hint) {
        Position at = lines.position(Math.min(offset, body.length())).plusLines(lineOffset);
        report.error(CODE, path, at, "Markdown limit: " + message, hint);
    }
}
