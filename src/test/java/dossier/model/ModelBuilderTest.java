package dossier.model;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.markdown.MarkdownProcessor;
import dossier.markdown.ParsedPage;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.Provenance;
import dossier.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model on hand-built inputs: pages parsed from small texts, source records built directly. */
class ModelBuilderTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final String ARTICLE = "content/articles/trade-status.md";

    private static final List<Paragraph> PARAGRAPHS = List.of(
            new Paragraph(1, Paragraph.TEXT, "Seoul and Tokyo agreed on Monday to restore each other\u2019s trade status.", null),
            new Paragraph(2, Paragraph.TEXT, "The ministry said \"the decision takes effect this week.\"", null),
            new Paragraph(3, "promo", "Subscribe to our newsletter for more stories like this.", "Publisher promo."),
            new Paragraph(4, Paragraph.TEXT, "Exports of chips rose in May.", null));

    private final Report report = new Report();

    static SourceRecord source(String id, String path, String date, List<Paragraph> paragraphs) {
        return new SourceRecord(id, path, new Position(1, 5), path.replace(".yml", ".original.txt"), "0".repeat(64), "plain-text",
                new MetaField<>("Title of " + id, Provenance.STATED, null),
                MetaField.missing("Not stated."), MetaField.missing("Not stated."),
                new MetaField<>(PartialDate.parse(date).orElseThrow(), Provenance.STATED, null),
                new MetaField<>("https://example.org/" + id, Provenance.STATED, null),
                new MetaField<>("en", Provenance.STATED, null), MetaField.missing("Not recorded."),
                false, paragraphs);
    }

    private static final SourceRecord MINIMAL = source("minimal-source", "content/sources/minimal-source.yml", "2023-04", PARAGRAPHS);
    private static final SourceRecord OTHER = source("ministry-notes", "content/sources/ministry-notes.yml", "2022",
            List.of(new Paragraph(1, Paragraph.TEXT, "Notes.", null)));

    /** An article about minimal-source; the front matter has five lines, so the body starts on line 6. */
    private ParsedPage article(String path, String body) {
        String text = "---\ntitle: \"Trade status restored\"\nsummary: \"Short.\"\nsource: minimal-source\n---\n" + body;
        return MARKDOWN.parse(path, text, report).orElseThrow(() -> new AssertionError(report.diagnostics().toString())).page();
    }

    private Dossier build(List<SourceRecord> sources, ParsedPage... pages) {
        assertTrue(report.diagnostics().isEmpty(), "parsing: " + report.diagnostics());
        return new ModelBuilder(report).build(sources, List.of(pages), Set.of());
    }

    private Dossier build(ParsedPage... pages) {
        return build(List.of(MINIMAL, OTHER), pages);
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> all = report.diagnostics();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private static ResolvedExcerpt excerpt(Dossier dossier, int ordinal) {
        Page page = dossier.pages().get(0);
        return dossier.citations(page).excerpts().get(ordinal).target().orElseThrow();
    }

    @Test
    void curlyVersusStraightQuotesAndLineBreaksAreAccepted() {
        Dossier dossier = build(article(ARTICLE, """
                > Seoul and Tokyo agreed on Monday to restore
                > each other's trade status.
                > [@minimal-source, ¶1]

                > The ministry said \u201Cthe decision
                > takes effect this week.\u201D
                > [@minimal-source, ¶2]
                """));
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        ResolvedExcerpt first = excerpt(dossier, 0);
        assertEquals(1, first.paragraph());
        assertEquals(MINIMAL, first.source());
        assertTrue(first.anchor().matches("x-[0-9a-f]{10}"), first.anchor());
        assertEquals(2, excerpt(dossier, 1).paragraph());
        assertNotEquals(first.anchor(), excerpt(dossier, 1).anchor());
    }

    @Test
    void excerptWithoutParagraphIsFoundWhereItStands() {
        Dossier dossier = build(article(ARTICLE, "> Exports of chips rose\n> [@minimal-source]\n"));
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals(4, excerpt(dossier, 0).paragraph());
        assertEquals(Map.of(4, List.of(excerpt(dossier, 0))), dossier.citingExcerpts().get("minimal-source"));
    }

    @Test
    void multiParagraphExcerptSpansConsecutiveParagraphs() {
        Dossier dossier = build(article(ARTICLE, """
                > restore each other's trade status.
                >
                > The ministry said
                > [@minimal-source, ¶1–2]
                """));
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals(1, excerpt(dossier, 0).paragraph());
        assertEquals(2, excerpt(dossier, 0).lastParagraph());
        assertEquals(Set.of(1, 2), dossier.citedParagraphs().get("minimal-source"));
        assertEquals(Set.of(1, 2), dossier.citingExcerpts().get("minimal-source").keySet());
    }

    @Test
    void unknownKeyIsReportedAtTheKeyWithDidYouMean() {
        build(article(ARTICLE, """
                Intro.

                > Seoul and Tokyo agreed on Monday.
                > [@minimal-sorce, ¶1]
                """));
        Diagnostic d = onlyDiagnostic();
        assertEquals("unknown-source", d.code());
        assertEquals(ARTICLE, d.path());
        assertEquals(new Position(9, 3), d.position());
        assertEquals("unknown source key '@minimal-sorce' (did you mean 'minimal-source'?)", d.message());
        assertNull(d.hint());
    }

    @Test
    void unknownInlineCitationThatIsNotAnIdGetsAHint() {
        build(article(ARTICLE, "As noted [@Ministry_Notes, ¶1].\n"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("unknown-source", d.code());
        assertEquals(new Position(6, 10), d.position());
        assertEquals("unknown source key '@Ministry_Notes' (did you mean 'ministry-notes'?)", d.message());
        assertEquals("source ids are lowercase ASCII letters, digits and hyphens", d.hint());
    }

    @Test
    void unknownSourceInFrontMatterIsReportedAndThePageDropped() {
        String text = "---\ntitle: T\nsummary: S\nsource: minimal-sourse\n---\nBody.\n";
        ParsedPage page = MARKDOWN.parse(ARTICLE, text, report).orElseThrow().page();
        Dossier dossier = build(List.of(MINIMAL), page);
        Diagnostic d = onlyDiagnostic();
        assertEquals("unknown-source", d.code());
        assertEquals(new Position(4, 9), d.position());
        assertEquals("unknown source 'minimal-sourse' (did you mean 'minimal-source'?)", d.message());
        assertEquals(List.of(), dossier.pages());
    }

    @Test
    void wrongParagraphNamesTheRightOne() {
        build(article(ARTICLE, """
                > The ministry said "the decision takes effect this week."
                > [@minimal-source, ¶1]
                """));
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-paragraph", d.code());
        assertEquals(new Position(7, 3), d.position());
        assertEquals("excerpt is in ¶2 of 'minimal-source', not ¶1", d.message());
        assertEquals("change the key to [@minimal-source, ¶2]", d.hint());
    }

    @Test
    void paragraphBeyondTheSourceIsReported() {
        build(article(ARTICLE, "> Exports of chips rose\n> [@minimal-source, ¶9]\n"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("unknown-paragraph", d.code());
        assertEquals(new Position(7, 3), d.position());
        assertEquals("source 'minimal-source' has no ¶9 (it has ¶1–¶4)", d.message());
    }

    @Test
    void unreadableLocatorIsReported() {
        build(article(ARTICLE, "See [@minimal-source, p. 3].\n"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("bad-locator", d.code());
        assertEquals(new Position(6, 5), d.position());
        assertEquals("cannot read the locator 'p. 3': write the paragraph as ¶3 or para. 3 (¶ is Option+7 on a Mac, "
                + "AltGr+R on many Linux keyboard layouts, Alt+0182 on Windows)", d.message());
    }

    @Test
    void aBareNumberOrP7SaysHowToTypeThePilcrowAndParaIsRead() {
        build(article(ARTICLE, "See [@minimal-source, 2] and [@minimal-source, p4]. But [@minimal-source, para. 2] is ¶2.\n"));
        List<Diagnostic> all = report.diagnostics();
        assertEquals(List.of("bad-locator", "bad-locator"), all.stream().map(Diagnostic::code).toList(), all.toString());
        assertTrue(all.get(0).message().startsWith("cannot read the locator '2': write the paragraph as ¶2 or para. 2"), all.get(0).message());
        assertTrue(all.get(1).message().startsWith("cannot read the locator 'p4': write the paragraph as ¶4"), all.get(1).message());
    }

    @Test
    void severalCitationsInOneBracketAndRangesResolveEach() {
        Dossier dossier = build(article(ARTICLE, "Both say so [@minimal-source, ¶1; @ministry-notes, ¶1] and [@minimal-source, ¶¶1-2].\n"));
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        List<ResolvedCitation> cited = dossier.citations(dossier.pages().get(0)).citations().stream()
                .map(c -> c.target().orElseThrow()).toList();
        assertEquals(List.of("minimal-source", "ministry-notes", "minimal-source"), cited.stream().map(c -> c.source().id()).toList());
        assertEquals(List.of(1, 1, 1), cited.stream().map(ResolvedCitation::paragraph).toList());
        assertEquals(List.of(1, 1, 2), cited.stream().map(ResolvedCitation::lastParagraph).toList());
        assertEquals(Set.of(1, 2), dossier.citedParagraphs().get("minimal-source"));
    }

    @Test
    void aCitationOfAnExcludedParagraphIsAnErrorLikeAnExcerptOfOne() {
        build(article(ARTICLE, "The promo says so [@minimal-source, ¶3], and so do ¶2–3 [@minimal-source, ¶2–3].\n"));
        List<Diagnostic> all = report.diagnostics();
        assertEquals(List.of("cites-excluded", "cites-excluded"), all.stream().map(Diagnostic::code).toList(), all.toString());
        assertEquals("¶3 of 'minimal-source' is excluded from the article: Publisher promo.", all.get(0).message());
    }

    @Test
    void theStartOfOneParagraphJoinedToTheEndOfTheNextIsNotVerbatim() {
        build(article(ARTICLE, """
                > Seoul and Tokyo agreed
                >
                > takes effect this week."
                > [@minimal-source, ¶1–2]
                """));
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-mismatch", d.code());
        assertEquals("excerpt is not verbatim in source 'minimal-source': each of its paragraphs is in the source, "
                + "but they do not run on there", d.message());
    }

    @Test
    void aQuoteAcrossParagraphsMustDeclareItsRangeAndARangeMustMatchTheQuote() {
        build(article(ARTICLE, """
                > trade status.
                >
                > The ministry said
                > [@minimal-source]

                > Exports of chips
                > [@minimal-source, ¶1–2]
                """));
        List<Diagnostic> all = report.diagnostics();
        assertEquals(List.of("excerpt-range", "excerpt-range"), all.stream().map(Diagnostic::code).toList(), all.toString());
        assertEquals("change the key to [@minimal-source, ¶1–2]", all.get(0).hint());
        assertEquals("the key names 2 paragraphs (¶1–2) but the excerpt quotes 1", all.get(1).message());
    }


    @Test
    void quoteNotVerbatimNamesTheClosestPassage() {
        build(article(ARTICLE, """
                Intro.

                > Seoul and Tokyo agreed on Tuesday to restore each other's
                > trade status.
                > [@minimal-source, ¶1]
                """));
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-mismatch", d.code());
        assertEquals(new Position(8, 3), d.position());
        assertEquals("excerpt is not verbatim in source 'minimal-source'", d.message());
        assertEquals("""
                closest passage, ¶1: "Seoul and Tokyo agreed on Monday to restore each other's trade status."
                first difference: the excerpt has "…and Tokyo agreed on Tuesday to restore e…" where the source has "…and Tokyo agreed on Monday to restore ea…"
                only white space, line breaks and straight or curly quotes may differ""", d.hint());
    }

    @Test
    void closestPassageIsOnlyTheMatchingPartOfTheParagraph() {
        build(article(ARTICLE, "> the decision takes effect this month.\n> [@minimal-source, ¶2]\n"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-mismatch", d.code());
        assertTrue(d.hint().startsWith("closest passage, ¶2: \"the decision takes effect this week.\"\n"), d.hint());
    }

    @Test
    void dashesAndCaseAreNotForgiven() {
        build(article(ARTICLE, "> seoul and Tokyo agreed\n> [@minimal-source, ¶1]\n\n> Exports of chips rose in May\u2014\n> [@minimal-source, ¶4]\n"));
        assertEquals(List.of("excerpt-mismatch", "excerpt-mismatch"), report.diagnostics().stream().map(Diagnostic::code).toList());
    }

    @Test
    void quotingAnExcludedParagraphIsReported() {
        build(article(ARTICLE, """
                > Subscribe to our newsletter
                > [@minimal-source, ¶3]
                """));
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-excluded", d.code());
        assertEquals(new Position(6, 3), d.position());
        assertEquals("excerpt quotes ¶3 of 'minimal-source', which is excluded from the article: Publisher promo.", d.message());
    }

    @Test
    void anExcludedParagraphIsReportedEvenWithoutALocator() {
        build(article(ARTICLE, "> for more stories like this.\n> [@minimal-source]\n"));
        assertEquals("excerpt-excluded", onlyDiagnostic().code());
    }

    @Test
    void anExcerptRunningIntoAnExcludedParagraphIsReported() {
        build(article(ARTICLE, "> takes effect this week.\"\n>\n> Subscribe to our newsletter\n> [@minimal-source, ¶2]\n"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-excluded", d.code());
        assertTrue(d.message().startsWith("excerpt quotes ¶3 "), d.message());
    }

    @Test
    void closestPassageIsNeverAnExcludedParagraph() {
        build(article(ARTICLE, "> Subscribe to our newsletter for more storys like this.\n> [@minimal-source]\n"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-mismatch", d.code());
        String closest = d.hint().lines().findFirst().orElseThrow();
        assertTrue(closest.startsWith("closest passage, ¶") && !closest.contains("¶3") && !closest.contains("Subscribe"), d.hint());
    }

    @Test
    void duplicateSourceIdsAreReportedAtTheSecond() {
        SourceRecord copy = source("minimal-source", "content/sources/copy.yml", "2024", PARAGRAPHS);
        Dossier dossier = build(List.of(copy, MINIMAL));
        Diagnostic d = onlyDiagnostic();
        assertEquals("duplicate-id", d.code());
        assertEquals("content/sources/minimal-source.yml", d.path());
        assertEquals(new Position(1, 5), d.position());
        assertEquals("duplicate source id 'minimal-source': already used by content/sources/copy.yml:1", d.message());
        assertEquals(List.of(copy), dossier.sources());
    }

    @Test
    void referencesAreNumberedInOrderOfFirstCitation() {
        Dossier dossier = build(article(ARTICLE, """
                The notes say so [@ministry-notes, ¶1].

                > Seoul and Tokyo agreed on Monday
                > [@minimal-source, ¶1]

                Again [@ministry-notes] and [@minimal-source, ¶2].
                """));
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        PageCitations citations = dossier.citations(dossier.pages().get(0));
        assertEquals(List.of(OTHER, MINIMAL), citations.references());
        assertEquals(1, citations.referenceNumber(OTHER));
        assertEquals(2, citations.referenceNumber(MINIMAL));
        assertEquals(List.of(1, 0, 2), citations.citations().stream().map(c -> c.target().orElseThrow().paragraph()).toList());
        assertEquals(Set.of(1, 2), dossier.citedParagraphs().get("minimal-source"));
        assertEquals(Set.of(1), dossier.citedParagraphs().get("ministry-notes"));
    }

    @Test
    void theArticlesOwnSourceIsAReferenceEvenWhenNotCited() {
        Dossier dossier = build(article(ARTICLE, "Only the notes [@ministry-notes].\n"));
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals(List.of(MINIMAL, OTHER), dossier.citations(dossier.pages().get(0)).references());
    }

    @Test
    void sameQuoteTwiceOnAPageGetsDistinctAnchors() {
        Dossier dossier = build(article(ARTICLE, "> Exports of chips\n> [@minimal-source, ¶4]\n\n> Exports of chips\n> [@minimal-source, ¶4]\n"));
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals(excerpt(dossier, 0).anchor() + "-2", excerpt(dossier, 1).anchor());
    }

    @Test
    void pagesAndSourcesAreOrderedAndLinkable() {
        ParsedPage home = MARKDOWN.parse("content/index.md", "---\ntitle: Home\n---\nWelcome.\n", report).orElseThrow().page();
        Dossier dossier = build(article(ARTICLE, "> Exports of chips\n> [@minimal-source, ¶4]\n"), home);
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals(List.of(OTHER, MINIMAL), dossier.sources(), "earliest first");
        Page article = dossier.pages(PageKind.ARTICLE).get(0);
        assertEquals("articles/trade-status.html", article.uri());
        assertEquals("../", article.rootPath());
        assertEquals("minimal-source", article.sourceId());
        assertEquals("index.html", dossier.pages(PageKind.HOME).get(0).uri());
        for (String source : List.of("sources/minimal-source.html", "sources/ministry-notes.html")) {
            assertTrue(dossier.link(article, "../" + source) instanceof LinkTarget.InSite site && site.exists(), source);
        }
    }

    @Test
    void allProblemsOfAPageAreReportedTogether() {
        build(article(ARTICLE, """
                > Seoul and Tokyo agreed on Tuesday
                > [@minimal-source, ¶1]

                > Exports of chips
                > [@minimal-source, ¶2]

                See [@nowhere].
                """));
        List<String> codes = new ArrayList<>(report.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(List.of("excerpt-mismatch", "excerpt-paragraph", "unknown-source"), codes);
    }

    @Test
    void citationsOfARecordThatFailedToLoadAreReportedOnceNotAsUnknownSources() {
        ParsedPage page = article(ARTICLE, """
                Restored [@minimal-source, ¶1], again [@minimal-source, ¶2] and [@minimal-source].

                Elsewhere [@minmal-source].
                """);
        new ModelBuilder(report).build(List.of(OTHER), Map.of("minimal-source", "content/sources/minimal-source.yml"),
                List.of(page), Set.of());

        List<Diagnostic> all = report.diagnostics();
        assertEquals(List.of("source-unloaded", "unknown-source"), all.stream().map(Diagnostic::code).toList(), all.toString());
        Diagnostic unloaded = all.get(0);
        assertEquals(new Position(4, 9), unloaded.position(), "at the first reference: the front matter's source");
        assertEquals("source 'minimal-source' did not load: content/sources/minimal-source.yml has errors", unloaded.message());
        assertEquals("this and 3 more references to it are checked once the file loads", unloaded.hint());
    }

    @Test
    void wikiLinksToAnEntityPageWithoutANameAreReportedOnce() {
        ParsedPage broken = MARKDOWN.parse("content/entities/tokyo.md", "---\nkind: place\nsummary: \"Capital.\"\n---\nTokyo.\n", report)
                .orElseThrow().page();
        ParsedPage page = article(ARTICLE, "[[Tokyo]] and [[tokyo|the capital]] and [[Osaka]] [@minimal-source].\n");
        new ModelBuilder(report).build(List.of(MINIMAL), List.of(page, broken), Set.of());

        List<String> codes = report.diagnostics().stream().map(Diagnostic::code).toList();
        assertEquals(List.of("entity-unloaded", "unknown-entity", "missing-field"), codes, report.diagnostics().toString());
        assertEquals("this and 1 more reference to it are checked once the file loads", report.diagnostics().get(0).hint());
    }

    @Test
    void anEntityPageThatDidNotParseIsKnownByItsFileName() {
        ParsedPage page = article(ARTICLE, "See [[Tokyo]] [@minimal-source].\n");
        new ModelBuilder(report).build(List.of(MINIMAL), List.of(page), Set.of("entities/tokyo.html"));

        Diagnostic only = onlyDiagnostic();
        assertEquals("entity-unloaded", only.code());
        assertEquals("entity 'Tokyo' did not load: content/entities/tokyo.md has errors", only.message());
        assertEquals("this reference is checked once the file loads", only.hint());
    }
}
