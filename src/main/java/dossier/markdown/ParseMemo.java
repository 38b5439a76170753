package dossier.markdown;

import dossier.diag.Diagnostic;
import dossier.diag.Report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of each page as last parsed, with the diagnostics the parse reported, for builds that
 * follow one another in one process ({@code serve}). A page whose text is the same as last time is
 * not parsed again: its facts are taken from here and its diagnostics reported again, and the
 * renderer parses its tree only if its body has to be rendered again. The text is compared whole,
 * so a hit is exact; the parse depends on nothing else (the processor has no settings).
 */
public final class ParseMemo {
    /** @param page empty when the file has no body to read (its front matter is not closed) */
    private record Entry(String text, Optional<ParsedPage> page, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The page's parse: from the memo (with no tree) when its text is unchanged, else parsed now
     * (with its tree) and remembered. Either way its diagnostics go to {@code report}.
     */
    public Optional<ParseResult> parse(MarkdownProcessor markdown, String path, String text, Report report) {
        Entry known = entries.get(path);
        if (known != null && known.text().equals(text)) {
            known.diagnostics().forEach(report::add);
            return known.page().map(page -> new ParseResult(page, null));
        }
        Report own = new Report();
        Optional<ParseResult> parsed = markdown.parse(path, text, own);
        List<Diagnostic> diagnostics = own.diagnostics();
        diagnostics.forEach(report::add);
        entries.put(path, new Entry(text, parsed.map(ParseResult::page), diagnostics));
        return parsed;
    }

    /** Forgets the pages that are gone (deleted or renamed files). */
    public void retain(Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}
