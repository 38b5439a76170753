package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Suggestions;
import dossier.source.SourceRecord;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "[@key, ¶N]" written as a front-matter value (events, figures) and resolves it. */
final class FrontMatterCitation {
    private static final Pattern CITATION = Pattern.compile("\\[?@([^\\s,\\]]+)\\s*(?:,\\s*¶\\s*(\\d+))?\\s*]?");

    private FrontMatterCitation() {
    }

    static Optional<Citation> resolve(String text, String path, Position at, Map<String, SourceRecord> sources, Report report) {
        Matcher m = CITATION.matcher(text.strip());
        if (!m.matches()) {
            report.error("bad-citation", path, at, "cannot read the citation '" + text + "': write it as [@source-id, ¶N]");
            return Optional.empty();
        }
        SourceRecord source = sources.get(m.group(1));
        if (source == null) {
            report.error("unknown-source", path, at, "unknown source key '@" + m.group(1) + "'" + Suggestions.didYouMean(m.group(1), sources.keySet()));
            return Optional.empty();
        }
        int paragraph = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (paragraph > 0 && source.paragraph(paragraph).isEmpty()) {
            report.error("unknown-paragraph", path, at, "source '" + source.id() + "' has no ¶" + paragraph
                    + " (it has ¶1–¶" + source.paragraphs().size() + ")");
            return Optional.empty();
        }
        if (paragraph > 0 && source.paragraph(paragraph).get().isExcluded()) {
            report.error("cites-excluded", path, at, "¶" + paragraph + " of '" + source.id() + "' is excluded from the article: "
                    + source.paragraph(paragraph).get().excludedReason());
            return Optional.empty();
        }
        return Optional.of(new Citation(source, paragraph));
    }
}
