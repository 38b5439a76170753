package dossier.markdown;

import dossier.diag.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rendering a parsed page with a stub linker: excerpts as figures, citations as numbered links, no injected markup. */
class MarkdownProcessorRenderTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();

    /** Answers like the model would, and records what it was asked. */
    private static final class StubLinker implements CitationLinker {
        final List<String> asked = new ArrayList<>();
        String originalUrl = "https://example.org/trade?a=1&b=2";

        @Override
        public ExcerptLink excerpt(Excerpt excerpt) {
            asked.add("excerpt " + excerpt.ordinal() + " " + excerpt.citation().written());
            return new ExcerptLink("x-0123456789", 1, "#ref-1", "Trade <status> & more",
                    "../sources/minimal-source.html#p1", 1, originalUrl);
        }

        @Override
        public String wikiLink(WikiLinkRef link) {
            asked.add("wiki " + link.ordinal() + " " + link.target());
            return "../entities/" + link.target().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".html";
        }

        @Override
        public CitationLink citation(int ordinal) {
            asked.add("citation " + ordinal);
            return ordinal == 0
                    ? new CitationLink(2, "#ref-2", null, null)
                    : new CitationLink(2, "#ref-2", "../sources/ministry-notes.html#p7", "¶7");
        }

        @Override
        public String href(String url) {
            return url;
        }
    }

    private final StubLinker linker = new StubLinker();

    private String render(String body) {
        Report report = new Report();
        ParseResult page = MARKDOWN.parse("content/articles/a.md", "---\ntitle: x\n---\n" + body, report).orElseThrow();
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        return MARKDOWN.render(page.tree(), linker);
    }

    @Test
    void excerptRendersAsAFigureWithItsQuoteAndSourceLine() {
        String html = render("""
                > Seoul and Tokyo agreed on Monday to restore each other's
                > trade status.
                > [@minimal-source, ¶1]
                """);
        assertEquals(List.of("excerpt 0 [@minimal-source, ¶1]"), linker.asked);
        Element figure = Jsoup.parseBodyFragment(html).selectFirst("figure");
        assertNotNull(figure, html);
        assertEquals("excerpt", figure.className());
        assertEquals("x-0123456789", figure.id());

        Element quote = figure.selectFirst("> blockquote");
        assertNotNull(quote, html);
        assertEquals("https://example.org/trade?a=1&b=2", quote.attr("cite"));
        assertEquals("Seoul and Tokyo agreed on Monday to restore each other's trade status.", quote.text());
        assertEquals(1, quote.select("p").size());

        Element caption = figure.selectFirst("> figcaption.excerpt-source");
        assertNotNull(caption, html);
        List<Element> links = caption.select("a");
        assertEquals(4, links.size(), caption.outerHtml());
        assertEquals("cite", links.get(0).className());
        assertEquals("#ref-1", links.get(0).attr("href"));
        assertEquals("[1]", links.get(0).text());
        assertEquals("../sources/minimal-source.html#p1", links.get(1).attr("href"));
        assertEquals("Trade <status> & more, ¶1", links.get(1).text());
        assertEquals("https://example.org/trade?a=1&b=2", links.get(2).attr("href"));
        assertEquals("external noopener", links.get(2).attr("rel"));
        assertEquals("original", links.get(2).text());
        assertEquals("#x-0123456789", links.get(3).attr("href"));
        assertEquals("permalink", links.get(3).className());

        assertFalse(html.contains("[@"), "the key line is not printed: " + html);
        assertTrue(html.contains("Trade &lt;status&gt; &amp; more, ¶1"), "the source title is escaped: " + html);
    }

    @Test
    void excerptWithoutAnOriginalAddressHasNoCiteAndNoOriginalLink() {
        linker.originalUrl = null;
        String html = render("> Quoted.\n> [@minimal-source, ¶1]\n");
        Element figure = Jsoup.parseBodyFragment(html).selectFirst("figure.excerpt");
        assertNotNull(figure, html);
        assertFalse(figure.selectFirst("blockquote").hasAttr("cite"), html);
        assertEquals(3, figure.select("figcaption a").size(), html);
        assertFalse(html.contains("original"), html);
    }

    @Test
    void multiParagraphExcerptKeepsItsParagraphs() {
        String html = render("> One.\n>\n> Two.\n> [@minimal-source, ¶1]\n");
        Element quote = Jsoup.parseBodyFragment(html).selectFirst("figure > blockquote");
        assertNotNull(quote, html);
        assertEquals(List.of("One.", "Two."), quote.select("p").eachText());
    }

    @Test
    void blockquoteWithoutKeyIsAPlainBlockquote() {
        String html = render("> Someone said something.\n");
        assertEquals("<blockquote>\n<p>Someone said something.</p>\n</blockquote>\n", html);
        assertEquals(List.of(), linker.asked);
    }

    @Test
    void citationsRenderAsNumberedLinks() {
        String html = render("Short [@minimal-source]. A timetable [@ministry-notes, ¶7].\n");
        assertEquals("<p>Short <span class=\"cite\">[<a href=\"#ref-2\" id=\"c-1\">2</a>]</span>. A timetable "
                + "<span class=\"cite\">[<a href=\"#ref-2\" id=\"c-2\">2</a>, <a href=\"../sources/ministry-notes.html#p7\">¶7</a>]</span>.</p>\n", html);
        assertEquals(List.of("citation 0", "citation 1"), linker.asked);
    }

    @Test
    void rawHtmlIsEscapedNeverOutputAsTags() {
        String html = render("""
                Inline <script>alert(1)</script> and <img src=x onerror="alert(2)">.

                <div onclick="alert(3)">
                <script>alert(4)</script>
                </div>

                <!-- a comment -->
                """);
        var doc = Jsoup.parseBodyFragment(html);
        assertEquals(0, doc.select("script, img, div").size(), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(doc.text().contains("<div onclick=\"alert(3)\">"), "shown as text: " + html);
        assertFalse(html.contains("<!--"), html);
    }

    @Test
    void rawHtmlInsideAnExcerptIsEscapedToo() {
        String html = render("> Seoul <script>alert(1)</script> agreed.\n> [@minimal-source, ¶1]\n");
        var doc = Jsoup.parseBodyFragment(html);
        assertEquals(0, doc.select("script").size(), html);
        assertEquals("Seoul <script>alert(1)</script> agreed.", doc.selectFirst("blockquote").text());
    }

    @Test
    void scriptLinksAreNeverOutputAsHrefs() {
        String html = render("""
                [a](javascript:alert(1)) [b](JavaScript:alert(2)) [c](java&#x73;cript:alert(3))
                [d](javascript&#58;alert(4)) [e](<javascript:alert(5)>) <javascript:alert(6)>
                ![f](javascript:alert(7)) [g][ref] [h](vbscript:msgbox(8)) [i](data:text/html,<script>alert(9)</script>)
                [j](https://example.org/ok) [k](../about.html)

                [ref]: JAVASCRIPT:alert(10)
                """);
        var doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.select("[href], [src]")) {
            String target = (e.hasAttr("href") ? e.attr("href") : e.attr("src")).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
            assertFalse(target.startsWith("javascript:") || target.startsWith("vbscript:") || target.startsWith("data:"),
                    "unsafe target in " + e.outerHtml());
        }
        assertEquals(List.of("https://example.org/ok", "../about.html"), doc.select("a[href]").eachAttr("href"), html);
        assertEquals(0, doc.select("img").size(), html);
        String text = doc.text();
        for (String label : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")) {
            assertTrue(text.contains(label), "the link text '" + label + "' is kept: " + html);
        }
    }

    @Test
    void ordinaryLinksAndImagesStillRender() {
        String html = render("[about](../about.html \"About\") ![chart](../chart.png) <https://example.org> [r][x]\n\n[x]: ../index.html\n");
        var doc = Jsoup.parseBodyFragment(html);
        assertEquals(List.of("../about.html", "https://example.org", "../index.html"), doc.select("a").eachAttr("href"), html);
        assertEquals("About", doc.selectFirst("a").attr("title"));
        assertEquals("../chart.png", doc.selectFirst("img").attr("src"));
        assertEquals("chart", doc.selectFirst("img").attr("alt"));
    }

    @Test
    void renderingTwiceGivesTheSameHtmlAndLeavesNoLinkerBehind() {
        Report report = new Report();
        ParseResult page = MARKDOWN.parse("content/a.md", "---\n---\nA [@k].\n", report).orElseThrow();
        String first = MARKDOWN.render(page.tree(), linker);
        assertEquals(first, MARKDOWN.render(page.tree(), linker));
        assertNull(DossierMarkdownExtension.LINKER.get(page.tree()));
    }
}
