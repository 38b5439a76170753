package dossier.markdown;

import dossier.diag.Position;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which quoted words of the commentary are collected, with which citations. */
class QuoteFinderTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private final Report report = new Report();

    /** Three lines of front matter: the body starts on line 4. */
    private List<QuoteFact> quotes(String body) {
        ParsedPage page = MARKDOWN.parse("content/a.md", "---\ntitle: T\n---\n" + body, report).orElseThrow().page();
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        return page.quotes();
    }

    @Test
    void aQuotationTakesTheRunOfCitationsThatFollowsIt() {
        List<QuoteFact> quotes = quotes("""
                Ma calls it "a typical practice" [@gt, ¶21] [@gt, ¶22], then adds “no complete chain” [@gt, ¶23].
                """);
        assertEquals(List.of(new QuoteFact("a typical practice", new Position(4, 13), List.of(0, 1), false),
                new QuoteFact("no complete chain", new Position(4, 67), List.of(2), false)), quotes);
    }

    @Test
    void aQuotationInASentenceThatGivesItToASpeakerIsAttributed() {
        List<QuoteFact> quotes = quotes("""
                The report says it is "a typical practice" [@gt, ¶21]. At a forum he said the chains were "deeply intertwined" [@gt, ¶35].
                Xing Haiming told MBC that relations were "not good currently" [@gt, ¶13]. The ministry said it would "set up a hotline" [@gt, ¶3].
                Relations were "at a low point" [@gt, ¶13], Xing said. "A big advance" [@gt, ¶46], the report says.
                """);
        assertEquals(List.of(false, true, true, false, true, false), quotes.stream().map(QuoteFact::attributed).toList());
    }

    @Test
    void aQuotationBeforeAnotherTakesTheCitationsAfterBoth() {
        List<QuoteFact> quotes = quotes("It was \"to some extent\" a break, and \"a chip rise\" may follow [@gt, ¶46].\n");
        assertEquals(List.of(List.of(0), List.of(0)), quotes.stream().map(QuoteFact::citationOrdinals).toList());
    }

    @Test
    void namesSingleWordsUncitedQuotesAndExcerptsAreNotCollected() {
        List<QuoteFact> quotes = quotes("""
                The "[[Chip 4]]" alliance, its "prudence", and "words without a citation".

                Text [@gt, ¶1] before "a quote" with nothing after it.

                > "Quoted words" inside an excerpt are the excerpt's.
                > [@gt, ¶2]
                """);
        assertEquals(List.of(), quotes);
    }

    @Test
    void wikiLinksEmphasisAndEscapesReadAsTheirText() {
        List<QuoteFact> quotes = quotes("He said \"the [[Chip 4|chip alliance]] is *not* \\*final\\*\" [@gt, ¶3].\n");
        assertEquals("the chip alliance is not *final*", quotes.get(0).words());
    }
}
