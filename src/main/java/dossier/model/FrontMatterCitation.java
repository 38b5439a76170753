package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Suggestions;
import dossier.markdown.CitationGrammar;
import dossier.markdown.CitationItem;
import dossier.markdown.Locator;
import dossier.source.SourceRecord;

import java.util.Map;
import java.util.Optional;

/** Reads "[@key, ¶N]" written as a front-matter value (events, figures) with the one citation grammar, and resolves it. */
final class FrontMatterCitation {
    private FrontMatterCitation() {
    }

    static Optional<Citation> resolve(String text, String path, Position at, Map<String, SourceRecord> sources,
                                       Unloaded failed, Report report) {
        Optional<CitationItem> item = CitationGrammar.single(text);
        if (item.isEmpty()) {
            report.error("bad-citation", path, at, "cannot read the citation '" + text + "': write it as [@source-id, ¶N]");
            return Optional.empty();
        }
        String key = item.get().key();
        SourceRecord source = sources.get(key);
        if (source == null) {
            if (failed.explains(key, key, path, at)) {
                return Optional.empty();
            }
            report.error("unknown-source", path, at, "unknown source key '@" + key + "'" + Suggestions.didYouMean(key, sources.keySet()));
            return Optional.empty();
        }
        Optional<Locator> named = CitedParagraphs.check(item.get().locator(), source, path, at, report);
        if (named.isEmpty() || !CitedParagraphs.notExcluded(named.get(), source, path, at, report)) {
            return Optional.empty();
        }
        return Optional.of(new Citation(source, CitedParagraphs.first(named.get()), CitedParagraphs.last(named.get())));
    }
}
