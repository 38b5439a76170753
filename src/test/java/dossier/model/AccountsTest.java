package dossier.model;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import dossier.markdown.MarkdownProcessor;
import dossier.markdown.ParsedPage;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts side by side, from front matter to the model: read, proven, checked, and the timeline's order. */
class AccountsTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final SourceRecord A = ModelBuilderTest.source("report-a", "content/sources/report-a.yml", "2023-05", List.of(
            new Paragraph(1, Paragraph.TEXT, "China says the two ministers agreed to cooperate on chips.", null),
            new Paragraph(2, Paragraph.TEXT, "Seoul made no mention of chips, noting only a request on raw materials.", null),
            new Paragraph(3, Paragraph.TEXT, "\"Relations are not good,\" the ambassador said.", null)));
    private static final SourceRecord B = ModelBuilderTest.source("report-b", "content/sources/report-b.yml", "2023-09", List.of(
            new Paragraph(1, Paragraph.TEXT, "The ministers met in May and spoke about supply chains.", null)));

    private final Report report = new Report();

    private Dossier build(String path, String frontMatter) {
        String text = "---\n" + frontMatter + "---\nBody [@report-a, ¶1] [@report-b, ¶1].\n";
        ParsedPage page = MARKDOWN.parse(path, text, report).orElseThrow().page();
        return new ModelBuilder(report).build(List.of(A, B), List.of(page), Set.of());
    }

    private Dossier article(String events) {
        return build("content/articles/talks.md", "title: \"Talks\"\nsummary: \"Short.\"\nsource: report-a\nevents:\n" + events);
    }

    private List<String> codes() {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void anEventsAccountsAreProvenAndKeptInTheOrderWritten() {
        Dossier dossier = article("""
                  - date: "2023-05"
                    text: "The ministers meet."
                    source: "[@report-a, ¶1]"
                    accounts:
                      - source: "[@report-a, ¶1]"
                        words: "the two ministers agreed to cooperate on chips"
                        speaker: "No one is quoted."
                        via: "China."
                      - source: "[@report-b, ¶1]"
                        words: ["The ministers met in May and spoke about supply chains."]
                        omits: "Any agreement."
                """);
        assertEquals(List.of(), report.diagnostics());
        Event event = dossier.xref().events().get(0);
        assertEquals(List.of("report-a", "report-b"), event.accounts().stream().map(a -> a.source().id()).toList());
        Account first = event.accounts().get(0);
        assertEquals("No one is quoted.", first.speaker());
        assertEquals("China.", first.via());
        assertNull(first.omits());
        assertEquals("¶1", first.paragraphLabel());
        assertNull(event.accounts().get(1).speaker());
        assertEquals(Set.of(1), dossier.citedParagraphs().get("report-b"), "an account's paragraph is shown on the source page");
    }

    @Test
    void wordsRunAcrossARangeAsAnExcerptDoes() {
        Dossier dossier = article("""
                  - date: "2023-05"
                    text: "The ministers meet."
                    source: "[@report-a, ¶1]"
                    accounts:
                      - source: "[@report-a, ¶1–2]"
                        words:
                          - "agreed to cooperate on chips."
                          - "Seoul made no mention of chips"
                      - source: "[@report-b, ¶1]"
                        words: "spoke about supply chains"
                """);
        assertEquals(List.of(), report.diagnostics());
        Account account = dossier.xref().events().get(0).accounts().get(0);
        assertEquals("¶1–2", account.paragraphLabel());
        assertEquals(2, account.words().passages().size());
    }

    @Test
    void aRangeNeedsOneItemOfWordsPerParagraph() {
        article("""
                  - date: "2023-05"
                    text: "The ministers meet."
                    source: "[@report-a, ¶1]"
                    accounts:
                      - source: "[@report-a, ¶1–2]"
                        words: "agreed to cooperate on chips."
                      - source: "[@report-b, ¶1]"
                        words: "spoke about supply chains"
                """);
        assertEquals(List.of("excerpt-range"), codes());
        assertEquals("give an account's words as a list, one item per source paragraph", report.diagnostics().get(0).hint());
    }

    @Test
    void oneSourceIsNotAccountsUnlessItGivesTwoPartiesAccounts() {
        article("""
                  - date: "2023-05"
                    text: "The ministers meet."
                    source: "[@report-a, ¶1]"
                    accounts:
                      - source: "[@report-a, ¶1]"
                        words: "agreed to cooperate on chips"
                        via: "China."
                      - source: "[@report-a, ¶2]"
                        words: "Seoul made no mention of chips"
                        via: "china. "
                  - date: "2023-05"
                    text: "The ministers meet, as Seoul and Beijing tell it."
                    source: "[@report-a, ¶1]"
                    accounts:
                      - source: "[@report-a, ¶1]"
                        words: "agreed to cooperate on chips"
                        via: "China."
                      - source: "[@report-a, ¶2]"
                        words: "Seoul made no mention of chips"
                        via: "Seoul."
                """);
        assertEquals(List.of("accounts-one-source"), codes(), "the same party twice is one account; China's and Seoul's are two");
        assertTrue(report.diagnostics().get(0).message().contains("all 2 accounts cite 'report-a'"), report.diagnostics().get(0).message());
    }

    @Test
    void wordsNotInTheCitedParagraphAreReportedAsAnExcerptIsAndTheListIsNotReportedAgain() {
        article("""
                  - date: "2023-05"
                    text: "The ministers meet."
                    source: "[@report-a, ¶1]"
                    accounts:
                      - source: "[@report-a, ¶2]"
                        words: "agreed to cooperate on chips"
                      - source: "[@report-c, ¶1]"
                        words: "anything"
                """);
        assertEquals(List.of("excerpt-paragraph", "unknown-source"), codes());
    }

    @Test
    void quotationsInTheNotesCiteTheAccountsParagraphsForTheQuoteChecks() {
        Dossier dossier = article("""
                  - date: "2023-05"
                    text: "The ministers meet."
                    source: "[@report-a, ¶1]"
                    accounts:
                      - source: "[@report-a, ¶3]"
                        words: "Relations are not good"
                        speaker: 'The ambassador, who is quoted saying "relations are not good".'
                        via: 'Kim said they "agreed to cooperate".'
                      - source: "[@report-b, ¶1]"
                        words: "spoke about supply chains"
                        omits: 'Any word that relations are "not good" at all.'
                """);
        assertEquals(List.of(), report.diagnostics());
        List<Quotation> quotes = dossier.citations(dossier.pages().get(0)).quotations();
        assertEquals(List.of("relations are not good", "agreed to cooperate", "not good"), quotes.stream().map(Quotation::words).toList());
        assertEquals(List.of(false, true, false), quotes.stream().map(Quotation::attributed).toList(), "'Kim said' gives words to a speaker");
        List<String> cited = quotes.stream().map(q -> q.citations().get(0).target().orElseThrow())
                .map(c -> c.source().id() + " " + c.paragraphLabel()).toList();
        assertEquals(List.of("report-a ¶3", "report-a ¶3", "report-b ¶1"), cited);
    }

    @Test
    void entityPagesCarryAccountsAndOtherPagesMayNot() {
        Dossier dossier = build("content/entities/ministers.md", """
                title: "Ministers"
                kind: topic
                summary: "Short."
                accounts:
                  - source: "[@report-a, ¶1]"
                    words: "the two ministers agreed"
                  - source: "[@report-b, ¶1]"
                    words: "The ministers met in May"
                """);
        assertEquals(List.of(), report.diagnostics());
        Page page = dossier.pages().get(0);
        assertEquals(2, dossier.citations(page).accounts().size());

        Report other = new Report();
        String text = "---\ntitle: \"About\"\naccounts: []\n---\nText.\n";
        ParsedPage about = MARKDOWN.parse("content/about.md", text, other).orElseThrow().page();
        new ModelBuilder(other).build(List.of(A, B), List.of(about), Set.of());
        assertEquals(List.of("unknown-field"), other.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void missingOrMisspeltFieldsAreReportedOnce() {
        article("""
                  - date: "2023-05"
                    text: "The ministers meet."
                    source: "[@report-a, ¶1]"
                    accounts:
                      - source: "[@report-a, ¶1]"
                      - source: "[@report-b, ¶1]"
                        word: "spoke about supply chains"
                      - source: "[@report-b, ¶1]"
                        words: []
                """);
        assertEquals(List.of("missing-field", "unknown-field", "missing-field"), codes(), report.diagnostics().toString());
    }

    @Test
    void eventsOfOneDateKeepTheOrderTheEditorsWroteThem() {
        Dossier dossier = article("""
                  - date: "2023-05"
                    text: "Talks in Detroit."
                    source: "[@report-a, ¶1]"
                  - date: "2023"
                    text: "A year."
                    source: "[@report-a, ¶1]"
                  - date: "2023-05"
                    text: "An interview."
                    source: "[@report-a, ¶3]"
                """);
        assertEquals(List.of(), report.diagnostics());
        assertEquals(List.of("A year.", "Talks in Detroit.", "An interview."), dossier.xref().events().stream().map(Event::text).toList());
    }
}
