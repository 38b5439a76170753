package dossier.markdown;

import dossier.diag.Report;
import dossier.diag.ReportedWork;

import java.util.Optional;
import java.util.Set;

/**
 * The facts of each page as last parsed, with the diagnostics the parse reported, for builds that
 * follow one another in one process ({@code serve}). A page whose text is the same as last time is
 * not parsed again: its facts are taken from here and its diagnostics reported again, and the
 * renderer parses its tree only if its body has to be rendered again. The text is compared whole,
 * so a hit is exact; the parse depends on nothing else (the processor has no settings).
 */
public final class ParseMemo {
    private final ReportedWork<String, Optional<ParseResult>> parses = new ReportedWork<>();

    /**
     * The page's parse: from the memo (with no tree) when its text is unchanged, else parsed now
     * (with its tree) and remembered without it. Either way its diagnostics go to {@code report};
     * empty when the file has no body to read (its front matter is not closed).
     */
    public Optional<ParseResult> parse(MarkdownProcessor markdown, String path, String text, Report report) {
        return parses.get(path, text, report, own -> markdown.parse(path, text, own),
                parsed -> parsed.map(result -> new ParseResult(result.page(), null)));
    }

    /** Forgets the pages that are gone (deleted or renamed files). */
    public void retain(Set<String> paths) {
        parses.retain(paths);
    }

    /** What is remembered, to save. */
    public State state() {
        return new State(parses.state());
    }

    /** Remembers what a saved state holds. */
    public void restore(State state) {
        parses.restore(state.work());
    }

    /** What a persistent cache saves of this memo. */
    public record State(ReportedWork.State<Optional<ParseResult>> work) {
    }
}
