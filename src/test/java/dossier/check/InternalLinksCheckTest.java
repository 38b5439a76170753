package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.markdown.MarkdownProcessor;
import dossier.markdown.ParsedPage;
import dossier.model.Dossier;
import dossier.model.ModelBuilder;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.Provenance;
import dossier.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InternalLinksCheckTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    /** What the build finds on disk: page outputs and assets. Pages here have three lines of front matter. */
    private static final Set<String> FILES = Set.of("index.html", "about.html", "notes/other.html",
            "assets/style.css", "assets/my chart.png");

    private final Report report = new Report();

    private static SourceRecord source(String id) {
        return new SourceRecord(id, "content/sources/" + id + ".yml", new Position(1, 5), "content/sources/" + id + ".original.txt",
                "0".repeat(64), "plain-text", new MetaField<>("T", Provenance.STATED, null), MetaField.missing("n"),
                MetaField.missing("n"), MetaField.missing("n"), MetaField.missing("n"), MetaField.missing("n"), MetaField.missing("n"),
                false, List.of(new Paragraph(1, Paragraph.TEXT, "Text.", null)));
    }

    private ParsedPage page(String path, String body) {
        return MARKDOWN.parse(path, "---\ntitle: T\n---\n" + body, report).orElseThrow().page();
    }

    private void check(ParsedPage... pages) {
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        Dossier dossier = new ModelBuilder(report).build(List.of(), List.of(pages), FILES);
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        new InternalLinksCheck().run(dossier, report);
    }

    @Test
    void linksThatReachAFileOrLeaveTheSiteAreFine() {
        check(page("content/about.md", """
                [home](index.html) [home again](./index.html#top) [style](assets/style.css) [chart](assets/my%20chart.png)
                [here](#section) [out](https://example.org/x) [mail](mailto:a@example.org) [empty]()
                ![img](assets/style.css) [ref][r]

                [r]: about.html
                """));
        assertEquals(List.of(), report.diagnostics());
    }

    @Test
    void rootRelativeLinksAreErrors() {
        check(page("content/about.md", "Go [home](/index.html) or [elsewhere](//example.org/x).\n"));
        List<Diagnostic> all = report.diagnostics();
        assertEquals(2, all.size(), all.toString());
        Diagnostic d = all.get(0);
        assertEquals("absolute-link", d.code());
        assertEquals("content/about.md", d.path());
        assertEquals(new Position(4, 4), d.position());
        assertEquals("link '/index.html' starts with '/': it breaks under a base path and from file://; use a relative link", d.message());
        assertEquals("absolute-link", all.get(1).code());
        assertEquals(new Position(4, 27), all.get(1).position());
    }

    @Test
    void brokenRelativeLinksAreErrorsNamingTheTarget() {
        check(page("content/notes/other.md", """
                See [about](about.html).

                See [home](../index.html) and [up](../../x.html).
                """));
        List<Diagnostic> all = report.diagnostics();
        assertEquals(2, all.size(), all.toString());
        assertEquals("broken-link", all.get(0).code());
        assertEquals(new Position(4, 5), all.get(0).position());
        assertEquals("link 'about.html' leads to no page of the site (notes/about.html)", all.get(0).message());
        assertEquals("broken-link", all.get(1).code());
        assertEquals(new Position(6, 31), all.get(1).position());
        assertEquals("link '../../x.html' leads to no page of the site", all.get(1).message());
    }

    @Test
    void brokenImagesAndReferenceLinksAreFound() {
        check(page("content/about.md", "![chart](assets/chart.png) [r][ref]\n\n[ref]: /about.html\n"));
        assertEquals(List.of("broken-link", "absolute-link"), report.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(new Position(4, 1), report.diagnostics().get(0).position());
        assertEquals(new Position(6, 1), report.diagnostics().get(1).position());
    }

    @Test
    void sourcePagesAreLinkTargets() {
        ParsedPage about = page("content/about.md", "[s](sources/minimal-source.html#p1)\n");
        Dossier dossier = new ModelBuilder(report).build(
                List.of(source("minimal-source")), List.of(about), FILES);
        new InternalLinksCheck().run(dossier, report);
        assertEquals(List.of(), report.diagnostics());
    }
}
