package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.model.Quotation;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.ResolvedCitation;
import dossier.source.MatchText;
import dossier.source.Paragraph;
import dossier.source.Provenance;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Words our commentary quotes must be the source's, like an excerpt: in the paragraph a
 * following citation names (or, for a citation of a whole source, in one of its paragraphs or in
 * its stated title, author or publisher), compared as excerpts are (white space and quote marks
 * may differ) except that case may differ too: running prose may lower a capital ("in March"
 * from "In March, the US …"). A warning, since a quotation is found by its quote marks, not
 * declared; our own naming ("the report") is written without quote marks.
 */
final class CommentaryQuotesCheck implements Check {
    @Override
    public void run(Dossier dossier, Report report) {
        for (Page page : dossier.checked()) {
            for (Quotation quote : dossier.citations(page).quotations()) {
                List<ResolvedCitation> cited = quote.citations().stream().flatMap(c -> c.target().stream()).toList();
                if (cited.size() < quote.citations().size()) {
                    continue; // an unresolved citation is an error of its own
                }
                String words = comparable(quote.words());
                if (cited.stream().noneMatch(c -> holds(c, words))) {
                    report.add(new Diagnostic("quote-not-in-citation", Severity.WARNING, page.path(), quote.position(),
                            "quoted words \"" + quote.words() + "\" are not in " + describe(cited), whereInstead(cited, words)));
                } else if (quote.attributed() && cited.stream().noneMatch(c -> quotedThere(c, words))) {
                    // "X said" with quotation marks claims X's own words: reported speech in the source is not that
                    report.error("quote-indirect", page.path(), quote.position(), "quoted words \"" + quote.words()
                                    + "\" are given to a speaker, but " + describe(cited).replace(", cited after them", "")
                                    + " has them only as reported speech, not in quotation marks",
                            "drop the quotation marks and keep the attribution (… X said), or quote the words the source itself puts in quotation marks");
                }
            }
        }
    }

    private static boolean holds(ResolvedCitation citation, String words) {
        SourceRecord source = citation.source();
        if (citation.paragraph() > 0) {
            for (int n = citation.paragraph(); n <= citation.lastParagraph(); n++) {
                if (source.paragraph(n).map(p -> comparable(p.text()).contains(words)).orElse(false)) {
                    return true;
                }
            }
            return false;
        }
        return !paragraphsWith(source, words).isEmpty()
                || Stream.of(source.title(), source.author(), source.publisher())
                        .anyMatch(f -> f.provenance() == Provenance.STATED && comparable(f.value()).contains(words));
    }

    /** Whether the cited paragraphs hold the words inside quotation marks: as someone's own words, not the report's. */
    private static boolean quotedThere(ResolvedCitation citation, String words) {
        SourceRecord source = citation.source();
        List<Paragraph> paragraphs = citation.paragraph() > 0
                ? java.util.stream.IntStream.rangeClosed(citation.paragraph(), citation.lastParagraph())
                        .mapToObj(n -> source.paragraph(n).orElseThrow()).toList()
                : source.paragraphs();
        for (Paragraph p : paragraphs) {
            String text = comparable(p.text());
            for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
                if (text.substring(0, at).chars().filter(c -> c == '"').count() % 2 == 1) {
                    return true; // an odd number of quotation marks before the words: they open a quotation
                }
            }
        }
        return false;
    }

    private static String comparable(String text) {
        return MatchText.of(text).toLowerCase(Locale.ROOT);
    }

    private static List<Integer> paragraphsWith(SourceRecord source, String words) {
        return source.paragraphs().stream().filter(p -> !p.isExcluded() && comparable(p.text()).contains(words))
                .map(Paragraph::number).toList();
    }

    /** "¶46 of gt-2022-chip4-dilemma", "¶2 of a and b", as cited after the quotation. */
    private static String describe(List<ResolvedCitation> cited) {
        Set<String> parts = new LinkedHashSet<>();
        for (ResolvedCitation c : cited) {
            parts.add(c.paragraph() > 0 ? c.paragraphLabel() + " of " + c.source().id() : c.source().id());
        }
        return String.join(", ", parts) + ", cited after them";
    }

    /** Where the cited sources do have the words, to fix the citation; or that they do not. */
    private static String whereInstead(List<ResolvedCitation> cited, String words) {
        List<String> found = new ArrayList<>();
        for (SourceRecord source : cited.stream().map(ResolvedCitation::source).distinct().toList()) {
            paragraphsWith(source, words).forEach(n -> found.add("[@" + source.id() + ", ¶" + n + "]"));
        }
        return found.isEmpty() ? "the cited sources do not have these words: quote them exactly, or cite where they are"
                : "they are in " + String.join(", ", found) + ": cite that";
    }
}
