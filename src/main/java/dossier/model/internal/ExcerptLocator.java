package dossier.model.internal;

import dossier.diag.Fix;
import dossier.diag.Report;
import dossier.diag.Span;
import dossier.markdown.Locator;
import dossier.markdown.ExcerptFact;
import dossier.source.MatchText;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import dossier.text.Difference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.OptionalInt;

/**
 * Proves excerpts verbatim: a quote of one paragraph must stand, in {@link MatchText} form, inside
 * one paragraph of its source; a quote of several must run on across consecutive paragraphs, each
 * break of the quote at a break of the source (the first quoted paragraph ends its source
 * paragraph, the last begins one, those between are whole), so that the start of one paragraph
 * and the end of another never pass as the source's words. It starts at the paragraph the key
 * names, if it names one. Sources are normalised once per build.
 */
public final class ExcerptLocator {
    private static final int CONTEXT = 40;
    private final Map<String, List<String>> normalised = new HashMap<>();
    private final Function<SourceRecord, List<String>> normaliser;

    /** A locator that normalises each source once, for this build. */
    public ExcerptLocator() {
        this.normaliser = ExcerptLocator::normalise;
    }

    /**
     * @param kept gives a source's normalised paragraphs, made with the function it is given when it
     *             has none for the source (a memo that keeps them between builds)
     */
    public ExcerptLocator(java.util.function.BiFunction<SourceRecord, Function<SourceRecord, List<String>>, List<String>> kept) {
        this.normaliser = source -> kept.apply(source, ExcerptLocator::normalise);
    }

    /**
     * The paragraph where the excerpt starts, or empty after reporting why it is not verbatim.
     *
     * @param quotes the excerpt's quoted paragraphs in {@link MatchText} form
     */
    public OptionalInt locate(String path, ExcerptFact excerpt, List<String> quotes, SourceRecord source, int wantedParagraph, Report report) {
        List<String> paragraphs = normalised.computeIfAbsent(source.id(), id -> normaliser.apply(source));
        if (quotes.isEmpty() || quotes.get(0).isEmpty()) {
            return OptionalInt.empty();
        }
        if (wantedParagraph > 0 && fitsAt(quotes, paragraphs, wantedParagraph - 1)) {
            return checkedNotExcluded(path, excerpt, source, wantedParagraph, report);
        }
        for (int start = 0; start < paragraphs.size(); start++) {
            if (fitsAt(quotes, paragraphs, start)) {
                if (wantedParagraph > 0) {
                    // certain: the words are there, and a range key names as many paragraphs as are quoted (checked before);
                    // a ¶N for several quoted paragraphs becomes their range
                    String right = new Locator.Paragraphs(start + 1, start + quotes.size()).label();
                    Span locator = excerpt.locatorSpan();
                    report.error("excerpt-paragraph", path, excerpt.keyPosition(), locator == null ? null : locator.end(),
                            "excerpt is in ¶" + (start + 1) + " of '" + source.id() + "', not ¶" + wantedParagraph,
                            "change the key to [@" + source.id() + ", " + right + "]",
                            locator == null ? null : new Fix("change the key's locator to " + right,
                                    List.of(new Fix.Replacement(locator.start(), locator.end(), right))));
                    return OptionalInt.empty();
                }
                return checkedNotExcluded(path, excerpt, source, start + 1, report);
            }
        }
        reportMismatch(path, excerpt, source, quotes, paragraphs, report);
        return OptionalInt.empty();
    }

    private static boolean fitsAt(List<String> quotes, List<String> paragraphs, int start) {
        if (start < 0 || start + quotes.size() > paragraphs.size()) {
            return false;
        }
        if (quotes.size() == 1) {
            return paragraphs.get(start).contains(quotes.get(0));
        }
        int last = quotes.size() - 1;
        for (int i = 0; i <= last; i++) {
            String paragraph = paragraphs.get(start + i);
            String quote = quotes.get(i);
            boolean fits = i == 0 ? paragraph.endsWith(quote) : i == last ? paragraph.startsWith(quote) : paragraph.equals(quote);
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static OptionalInt checkedNotExcluded(String path, ExcerptFact excerpt, SourceRecord source, int paragraph, Report report) {
        for (int i = 0; i < excerpt.quoteParagraphs().size(); i++) {
            Paragraph p = source.paragraph(paragraph + i).orElseThrow();
            if (p.isExcluded()) {
                report.error("excerpt-excluded", path, excerpt.position(),
                        "excerpt quotes ¶" + p.number() + " of '" + source.id() + "', which is excluded from the article: "
                                + p.excludedReason());
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(paragraph);
    }

    private static void reportMismatch(String path, ExcerptFact excerpt, SourceRecord source, List<String> quotes,
                                       List<String> paragraphs, Report report) {
        if (quotes.size() > 1 && quotes.stream().allMatch(q -> paragraphs.stream().anyMatch(p -> p.contains(q)))) {
            report.error("excerpt-mismatch", path, excerpt.position(), "excerpt is not verbatim in source '" + source.id()
                            + "': each of its paragraphs is in the source, but they do not run on there",
                    "a quote across paragraphs must run to the end of one source paragraph and go on from the start of the next;"
                            + " quote separate passages in separate excerpts");
            return;
        }
        String quote = quotes.get(0);
        int bestParagraph = -1;
        ClosestPassage.Match best = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (source.paragraphs().get(i).isExcluded()) {
                continue;
            }
            ClosestPassage.Match match = ClosestPassage.find(quote, paragraphs.get(i));
            if (best == null || match.distance() < best.distance()) {
                best = match;
                bestParagraph = i;
            }
        }
        String message = "excerpt is not verbatim in source '" + source.id() + "'";
        if (best == null) {
            report.error("excerpt-mismatch", path, excerpt.position(), message);
            return;
        }
        String text = paragraphs.get(bestParagraph);
        String passage = text.substring(best.start(), best.end());
        List<String> hint = new ArrayList<>();
        hint.add("closest passage, ¶" + (bestParagraph + 1) + ": \"" + passage + "\"");
        int diff = Difference.first(quote, passage);
        if (diff < quote.length() || diff < passage.length()) {
            hint.add("first difference: the excerpt has \"" + Difference.around(quote, diff, CONTEXT) + "\" where the source has \""
                    + Difference.around(passage, diff, CONTEXT) + "\"");
        }
        hint.add("only white space, line breaks and straight or curly quotes may differ");
        report.error("excerpt-mismatch", path, excerpt.position(), message, String.join("\n", hint));
    }

    private static List<String> normalise(SourceRecord source) {
        return source.paragraphs().stream().map(p -> MatchText.of(p.text())).toList();
    }
}
