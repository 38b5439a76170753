package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Span;
import dossier.diag.Suggestions;
import dossier.markdown.CitationGrammar;
import dossier.markdown.CitationItem;
import dossier.markdown.FieldText;
import dossier.markdown.Locator;
import dossier.source.SourceRecord;

import java.util.Map;
import java.util.Optional;

/** Reads "[@key, ¶N]" written as a front-matter value (events, figures) with the one citation grammar, and resolves it. */
final class FrontMatterCitation {
    private FrontMatterCitation() {
    }

    /** Where the locator ("¶N") of a citation written as this value stands, when that is known exactly. */
    static Span locatorSpan(FieldText written) {
        if (written.text() == null) {
            return null;
        }
        return CitationGrammar.singleOffsets(written.value()).filter(o -> o.locatorStart() >= 0)
                .map(o -> written.text().part(o.locatorStart(), o.locatorEnd())).orElse(null);
    }

    static Optional<Citation> resolve(FieldText written, String path, Map<String, SourceRecord> sources, Unloaded failed, Report report) {
        String text = written.value();
        Position at = written.at();
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
            Span keySpan = CitationGrammar.singleOffsets(text).map(o -> written.text() == null ? null : written.text().part(o.keyStart(), o.keyEnd()))
                    .orElse(null);
            report.error("unknown-source", path, at, Span.endOf(keySpan), "unknown source key '@" + key + "'"
                    + Suggestions.didYouMean(key, sources.keySet()), null, Suggestions.fix(key, sources.keySet(), keySpan).orElse(null));
            return Optional.empty();
        }
        Optional<Locator> named = CitedParagraphs.check(item.get().locator(), source, path, at, report);
        if (named.isEmpty() || !CitedParagraphs.notExcluded(named.get(), source, path, at, report)) {
            return Optional.empty();
        }
        return Optional.of(new Citation(source, CitedParagraphs.first(named.get()), CitedParagraphs.last(named.get())));
    }
}
