package dossier.markdown;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Span;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What parsing a page yields: excerpts, citations and links with their positions in the file, and front matter problems. */
class MarkdownProcessorParseTest {
    private static final String PATH = "content/articles/trade-status.md";
    /** Five lines: the body starts on line 6. */
    private static final String FRONT = """
            ---
            title: "Trade status restored"
            summary: "Seoul and Tokyo restore each other's trade status."
            source: minimal-source
            ---
            """;

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private final Report report = new Report();

    private ParsedPage parse(String body) {
        ParsedPage page = MARKDOWN.parse(PATH, FRONT + body, report)
                .orElseThrow(() -> new AssertionError(report.diagnostics().toString())).page();
        return page;
    }

    private ParsedPage parseClean(String body) {
        ParsedPage page = parse(body);
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        return page;
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> all = report.diagnostics();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void blockquoteClosedByAKeyIsAnExcerptPositionedInTheFile() {
        ParsedPage page = parseClean("""
                The report is short.

                > Seoul and Tokyo agreed on Monday to restore each other's
                > trade status.
                > [@minimal-source, ¶3]
                """);
        assertEquals(List.of(new ExcerptFact(0, "minimal-source", new Locator.Paragraphs(3, 3),
                        List.of("Seoul and Tokyo agreed on Monday to restore each other's\ntrade status."),
                        new Position(8, 3), new Position(10, 3), span(10, 5, 10, 19), span(10, 21, 10, 23))),
                page.excerpts());
        assertEquals(List.of(), page.citations(), "the key of an excerpt is not an inline citation");
        assertEquals(List.of("minimal-source"), page.citedKeys());
    }

    @Test
    void excerptPositionIsTheFirstQuotedWordEvenWhenIndented() {
        ParsedPage page = parseClean("""
                Intro.

                >   Seoul and Tokyo agreed.
                > [@minimal-source]
                """);
        ExcerptFact excerpt = page.excerpts().get(0);
        assertEquals(new Position(8, 5), excerpt.position());
        assertEquals(new Position(9, 3), excerpt.keyPosition());
        assertEquals(new Locator.Whole(), excerpt.locator());
    }

    @Test
    void blockquoteWithoutAKeyStaysABlockquote() {
        ParsedPage page = parseClean("""
                > Someone said something.
                > Not claimed to be verbatim.
                """);
        assertEquals(List.of(), page.excerpts());
        assertEquals(List.of(), page.citedKeys());
        assertTrue(MARKDOWN.parse(PATH, FRONT + "> Someone said something.\n", report).orElseThrow().tree().getFirstChild()
                instanceof com.vladsch.flexmark.ast.BlockQuote);
    }

    @Test
    void keyAtTheEndOfATextLineDoesNotMakeAnExcerpt() {
        ParsedPage page = parseClean("""
                > Seoul and Tokyo agreed [@minimal-source, ¶1]
                """);
        assertEquals(List.of(), page.excerpts());
        assertEquals(List.of(new CitationFact(0, "minimal-source", new Locator.Paragraphs(1, 1), new Position(6, 26),
                span(6, 28, 6, 42), span(6, 44, 6, 46))), page.citations());
    }

    @Test
    void keyOnItsOwnLineAfterABlankQuoteLine() {
        ParsedPage page = parseClean("""
                > Seoul and Tokyo agreed on Monday.
                >
                > [@minimal-source, ¶1]
                """);
        assertEquals(List.of(new ExcerptFact(0, "minimal-source", new Locator.Paragraphs(1, 1), List.of("Seoul and Tokyo agreed on Monday."),
                new Position(6, 3), new Position(8, 3), span(8, 5, 8, 19), span(8, 21, 8, 23))), page.excerpts());
    }

    @Test
    void multiParagraphExcerpt() {
        ParsedPage page = parseClean("""
                > First quoted paragraph.
                >
                > Second quoted
                > paragraph.
                > [@minimal-source, ¶1]
                """);
        ExcerptFact excerpt = page.excerpts().get(0);
        assertEquals(List.of("First quoted paragraph.", "Second quoted\nparagraph."), excerpt.quoteParagraphs());
        assertEquals(new Position(6, 3), excerpt.position());
        assertEquals(new Position(10, 3), excerpt.keyPosition());
    }

    @Test
    void inlineCitationsWithAndWithoutLocatorHavePositions() {
        ParsedPage page = parseClean("""
                The report is short [@minimal-source].

                The ministry gave a timetable [@ministry-notes, ¶7] and [@minimal-source,¶ 2].
                """);
        assertEquals(List.of(
                new CitationFact(0, "minimal-source", new Locator.Whole(), new Position(6, 21), span(6, 23, 6, 37), null),
                new CitationFact(1, "ministry-notes", new Locator.Paragraphs(7, 7), new Position(8, 31), span(8, 33, 8, 47), span(8, 49, 8, 51)),
                // the locator "¶ 2" as written, from its ¶ to its digit
                new CitationFact(2, "minimal-source", new Locator.Paragraphs(2, 2), new Position(8, 57), span(8, 59, 8, 73), span(8, 74, 8, 77))),
                page.citations());
        assertEquals(List.of("minimal-source", "ministry-notes"), page.citedKeys());
    }

    @Test
    void citationsInsideAnExcerptAreCountedButAreNotQuotedText() {
        ParsedPage page = parseClean("""
                See [@b].

                > Seoul and Tokyo [@c] agreed.
                > [@a, ¶1]
                """);
        assertEquals(List.of("Seoul and Tokyo  agreed."), page.excerpts().get(0).quoteParagraphs());
        assertEquals(List.of("b", "c"), page.citations().stream().map(CitationFact::key).toList());
        assertEquals(List.of(0, 1), page.citations().stream().map(CitationFact::ordinal).toList());
        assertEquals(List.of("b", "a", "c"), page.citedKeys());
    }

    @Test
    void excerptsAreNumberedInDocumentOrder() {
        ParsedPage page = parseClean("""
                > One.
                > [@a]

                > Two.
                > [@b, ¶2]
                """);
        assertEquals(List.of(0, 1), page.excerpts().stream().map(ExcerptFact::ordinal).toList());
        assertEquals(List.of("a", "b"), page.excerpts().stream().map(ExcerptFact::key).toList());
        assertEquals(new Position(9, 3), page.excerpts().get(1).position());
    }

    @Test
    void markdownEscapesAndEntitiesAreResolvedInQuoteText() {
        ParsedPage page = parseClean("""
                > Exports rose 5\\* in Q1
                > \\*\\*not bold\\*\\* &amp; \\[not a link\\] \\_x\\_
                > [@minimal-source, ¶1]
                """);
        assertEquals(List.of("Exports rose 5* in Q1\n**not bold** & [not a link] _x_"),
                page.excerpts().get(0).quoteParagraphs());
    }

    @Test
    void quoteTextIsTheTextReadersSeeWithoutMarkup() {
        ParsedPage page = parseClean("""
                > Seoul and *Tokyo* agreed **on** Monday,
                > the `ministry` said in [a statement](https://example.org)\s\s
                > on its website\\
                > yesterday.
                > [@minimal-source, ¶1]
                """);
        assertEquals(List.of("Seoul and Tokyo agreed on Monday,\nthe ministry said in a statement\non its website\nyesterday."),
                page.excerpts().get(0).quoteParagraphs());
    }

    @Test
    void aListInsideAnExcerptIsReported() {
        ParsedPage page = parse("""
                > The ministry listed:
                >
                > - chips
                > - minerals
                >
                > [@minimal-source, ¶1]
                """);
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-shape", d.code());
        assertEquals(PATH, d.path());
        assertEquals(new Position(8, 3), d.position());
        assertEquals("an excerpt may hold only paragraphs of quoted text; move this bullet list out of the quote", d.message());
        assertEquals(List.of("The ministry listed:"), page.excerpts().get(0).quoteParagraphs());
    }

    @Test
    void anExcerptWithNothingButItsKeyIsReported() {
        ParsedPage page = parse("""
                Text.

                > [@minimal-source, ¶1]
                """);
        Diagnostic d = onlyDiagnostic();
        assertEquals("excerpt-empty", d.code());
        assertEquals(new Position(8, 3), d.position());
        assertEquals(List.of(), page.excerpts().get(0).quoteParagraphs());
    }

    @Test
    void linksAndImagesAreCollectedWithPositions() {
        ParsedPage page = parseClean("""
                See [about](../about.html) and ![chart](../chart.png).

                - [home](../index.html#top)

                Also [the source][src] and [@minimal-source].

                [src]: ../sources/minimal-source.html
                """);
        assertEquals(List.of(
                new LinkFact("../about.html", new Position(6, 5)),
                new LinkFact("../chart.png", new Position(6, 32)),
                new LinkFact("../index.html#top", new Position(8, 3)),
                new LinkFact("../sources/minimal-source.html", new Position(12, 1))),
                page.links().stream().map(l -> new LinkFact(l.url(), l.position())).toList());
    }

    @Test
    void frontMatterIsReadWithFilePositions() {
        ParsedPage page = parseClean("Body.\n");
        assertEquals(PATH, page.path());
        assertEquals(Optional.of(new FieldText("minimal-source", new Position(4, 9), span(4, 9, 4, 23))), page.fields().orElseThrow().source());
    }

    @Test
    void missingFrontMatterIsReportedAndTheWholeFileReadAsTheBody() {
        ParsedPage page = MARKDOWN.parse(PATH, "title: x\n\nBody [@k].\n", report).orElseThrow().page();
        assertEquals(Optional.empty(), page.fields());
        assertEquals(new Position(3, 6), page.citations().get(0).position());
        Diagnostic d = onlyDiagnostic();
        assertEquals("front-matter", d.code());
        assertEquals(Position.START, d.position());
        assertEquals("page has no front matter: start the file with a line '---', the fields (title: …), and another '---'", d.message());
    }

    @Test
    void unclosedFrontMatterIsReported() {
        assertEquals(Optional.empty(), MARKDOWN.parse(PATH, "---\ntitle: x\n\nBody.\n", report));
        Diagnostic d = onlyDiagnostic();
        assertEquals("front-matter", d.code());
        assertEquals(Position.START, d.position());
        assertEquals("front matter is not closed: add a line '---' after the fields", d.message());
    }

    @Test
    void malformedFrontMatterIsReportedAtItsLineInTheFileAndTheBodyStillRead() {
        ParsedPage page = MARKDOWN.parse(PATH, "---\ntitle: x\nsummary: \"Seoul\n---\nBody [@k].\n", report).orElseThrow().page();
        assertEquals(Optional.empty(), page.fields());
        assertEquals(List.of("k"), page.citedKeys());
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-syntax", d.code());
        assertEquals(new Position(3, 10), d.position());
    }

    @Test
    void duplicateFrontMatterFieldIsReportedWithFileLines() {
        MARKDOWN.parse(PATH, "---\ntitle: x\nsummary: y\ntitle: z\n---\nBody.\n", report);
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-duplicate-key", d.code());
        assertEquals(new Position(4, 1), d.position());
        assertEquals("duplicate key 'title' (first set at line 2)", d.message());
    }

    @Test
    void frontMatterThatIsNotFieldsIsReported() {
        assertEquals(Optional.empty(), MARKDOWN.parse(PATH, "---\n- a\n- b\n---\nBody.\n", report).orElseThrow().page().fields());
        Diagnostic d = onlyDiagnostic();
        assertEquals("front-matter", d.code());
        assertEquals(new Position(2, 1), d.position());
        assertEquals("front matter must be fields (name: value), found a list", d.message());
    }

    @Test
    void emptyFrontMatterAndDotsAsTheClosingFence() {
        ParsedPage page = MARKDOWN.parse(PATH, "---\n...\nText [@a].\n", report).orElseThrow().page();
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals(new Position(3, 6), page.citations().get(0).position());
    }

    @Test
    void frontMatterClosedOnTheLastLineGivesAnEmptyBody() {
        ParsedPage page = MARKDOWN.parse(PATH, "---\ntitle: x\n---", report).orElseThrow().page();
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals(List.of(), page.excerpts());
        assertEquals("x", page.fields().orElseThrow().title().orElseThrow().value());
    }

    private static Span span(int line, int column, int endLine, int endColumn) {
        return new Span(new Position(line, column), new Position(endLine, endColumn));
    }
}
