package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.markdown.Locator;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;

import java.util.Optional;

/** Checks what a citation's locator names against its source, for excerpts, citations and front matter alike. */
final class CitedParagraphs {
    private CitedParagraphs() {
    }

    /**
     * The locator, if the source has what it names: the whole source, or paragraphs it has; empty
     * after reporting a locator that cannot be read or names a paragraph the source does not have.
     */
    static Optional<Locator> check(Locator locator, SourceRecord source, String path, Position at, Report report) {
        if (locator instanceof Locator.Unreadable unreadable) {
            report.error("bad-locator", path, at, unreadable.message());
            return Optional.empty();
        }
        if (locator instanceof Locator.Paragraphs p) {
            for (int n : p.isRange() ? new int[] {p.first(), p.last()} : new int[] {p.first()}) {
                if (source.paragraph(n).isEmpty()) {
                    report.error("unknown-paragraph", path, at, "source '" + source.id() + "' has no ¶" + n
                            + " (it has ¶1–¶" + source.paragraphs().size() + ")");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(locator);
    }

    /** Citing an excluded paragraph is an error, as quoting one is: it is not part of the article. */
    static boolean notExcluded(Locator locator, SourceRecord source, String path, Position at, Report report) {
        for (int n = first(locator); n >= 1 && n <= last(locator); n++) {
            Paragraph p = source.paragraph(n).orElseThrow();
            if (p.isExcluded()) {
                report.error("cites-excluded", path, at, "¶" + n + " of '" + source.id() + "' is excluded from the article: "
                        + p.excludedReason());
                return false;
            }
        }
        return true;
    }

    static int first(Locator locator) {
        return locator instanceof Locator.Paragraphs p ? p.first() : 0;
    }

    static int last(Locator locator) {
        return locator instanceof Locator.Paragraphs p ? p.last() : 0;
    }

    static boolean isRange(Locator locator) {
        return locator instanceof Locator.Paragraphs p && p.isRange();
    }
}
