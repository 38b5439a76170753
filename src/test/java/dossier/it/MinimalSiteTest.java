package dossier.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the smallest valid fixture through the command line, then edits it the way a contributor would. */
class MinimalSiteTest {

    @Test
    void bakesAndRendersExcerptCitationAndReference(@TempDir Path tmp) {
        Path site = Sites.fixture("minimal", tmp);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err(), "a clean bake prints nothing on stderr");
        assertTrue(run.out().startsWith("Baked 12 pages (1 article, 1 source)"), run.out());
        SiteLinks links = new SiteLinks(out);
        assertEquals(List.of(), links.problems());

        Document article = links.page("articles/trade-status.html");
        var figure = article.selectFirst("figure.excerpt");
        assertEquals("Seoul and Tokyo agreed on Monday to restore each other's trade status.", figure.selectFirst("blockquote").text());
        assertEquals("https://example.org/trade", figure.selectFirst("blockquote").attr("cite"));
        assertEquals("../sources/minimal-source.html#p1", figure.selectFirst("figcaption a[href*=#p1]").attr("href"));
        assertEquals("[1, ¶2]", article.select("span.cite").last().text());
        assertEquals(1, article.select("section.references li").size());
        assertTrue(article.selectFirst("#ref-1").html().contains("class=\"editorial\""));
    }

    /**
     * One reading of links and citations for everyone: a link to a page's Markdown file is drawn to
     * the page, an escaped link counts as a backlink as it passes the check, and a bracket of
     * several citations or a range renders each as its own reference.
     */
    @Test
    void linksToMarkdownFilesEscapedLinksAndCitationBracketsAreReadOneWay(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Files.writeString(site.resolve("content/about.md"), """
                ---
                title: "About"
                nav: "About"
                ---
                See the [article](articles/trade-status.md#main) and [its escaped address](articles/trade%2Dstatus.html).

                Both paragraphs say so [@minimal-source, ¶1; @minimal-source, ¶2], and so does a range [@minimal-source, ¶¶1-2].
                """);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        SiteLinks links = new SiteLinks(out);
        assertEquals(List.of(), links.problems());

        Document about = links.page("about.html");
        assertEquals(List.of("articles/trade-status.html#main", "articles/trade%2Dstatus.html"),
                about.select("main p a:not(.cite a)").stream().map(a -> a.attr("href")).filter(h -> h.startsWith("articles/")).toList());
        List<String> cites = about.select("span.cite").stream().map(Element::text).toList();
        assertEquals(List.of("[1, ¶1; 1, ¶2]", "[1, ¶1–2]"), cites);
        assertEquals(List.of("sources/minimal-source.html#p1", "sources/minimal-source.html#p2", "sources/minimal-source.html#p1"),
                about.select("span.cite a[href*=#p]").stream().map(a -> a.attr("href")).toList());

        Document article = links.page("articles/trade-status.html");
        assertEquals(List.of("About"), article.select("section.backlinks li a").stream().map(Element::text).toList(),
                "both links from About, the .md one and the escaped one, make one backlink");
    }

    /** A substantive change is never silent: logged on the page, listed on corrections.html, carried by the feed. */
    @Test
    void correctionsShowOnTheirPageOnTheCorrectionsPageAndInTheFeed(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path article = site.resolve("content/articles/trade-status.md");
        Files.writeString(article, Files.readString(article).replaceFirst("tags: \\[trade]\n", """
                tags: [trade]
                corrections:
                  - date: "2026-11"
                    what: "The summary no longer calls the agreement final."
                    why: "¶1 says only that they agreed to restore the status."
                  - date: "2026-12-01"
                    what: "The timetable is cited to ¶2."
                    why: "It was cited to ¶1, which has no timetable."
                """));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        SiteLinks links = new SiteLinks(out);
        assertEquals(List.of(), links.problems());

        List<Element> own = links.page("articles/trade-status.html").select("section#corrections li");
        assertEquals(List.of("1 December 2026: The timetable is cited to ¶2.", "November 2026: The summary no longer calls the agreement final."),
                own.stream().map(li -> li.selectFirst("p").text()).toList(), "newest first");
        List<Element> all = links.page("corrections.html").select("ol.corrections-log li");
        assertEquals(2, all.size());
        assertEquals("articles/trade-status.html#" + own.get(0).id(), all.get(0).selectFirst("a").attr("href"));
        assertTrue(links.page("about.html").select("section#corrections").isEmpty(), "a page without corrections shows none");

        String feed = Files.readString(out.resolve("feed.xml"));
        assertTrue(feed.contains("<title>Correction: Trade status restored</title>"), feed);
        assertTrue(feed.contains("<updated>2026-12-01T00:00:00Z</updated>"), "the feed is as new as its newest correction");
    }

    @Test
    void aSuccessfulBakeLeavesNothingStale(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());

        Files.move(site.resolve("content/about.md"), site.resolve("content/method.md"));
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());

        assertTrue(Files.exists(out.resolve("method.html")));
        assertFalse(Files.exists(out.resolve("about.html")), "the renamed page's old file is gone");
    }

    @Test
    void aFailedBakeAfterAGoodOneKeepsTheGoodSite(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());
        byte[] before = Files.readAllBytes(out.resolve("articles/trade-status.html"));

        Path article = site.resolve("content/articles/trade-status.md");
        Files.writeString(article, Files.readString(article).replace("on Monday", "on Friday"));
        CliRun failed = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());

        assertEquals(1, failed.exit());
        assertTrue(failed.err().startsWith("content/articles/trade-status.md:9:3: error: excerpt is not verbatim"), failed.err());
        assertEquals(new String(before), Files.readString(out.resolve("articles/trade-status.html")));
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkChangeNothing(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path article = site.resolve("content/articles/trade-status.md");
        String crlf = "\uFEFF" + Files.readString(article).replace("\n", "\r\n");
        Files.writeString(article, crlf);
        CliRun run = CliRun.run("check", "--site", site.toString());
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void rawHtmlInMarkdownIsEscapedNotRendered(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Files.writeString(site.resolve("content/about.md"),
                "---\ntitle: \"About <b>us</b>\"\n---\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        Document about = new SiteLinks(out).page("about.html");
        assertTrue(about.select("img, b").isEmpty() && OwnScripts.foreign(about).isEmpty(), about.html());
        assertTrue(about.select("a[href^=javascript]").isEmpty());
        assertTrue(about.text().contains("<script>alert(1)</script>"), "shown as text");
    }

    @Test
    void templateErrorsPointAtTheTemplateLineAndKeepThePreviousSite(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());

        assertEquals(0, CliRun.run("theme", "eject", "--site", site.toString(), "templates/page.ftl").exit(), "a copy of the theme's to edit");
        Path template = site.resolve("templates/page.ftl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(template));
        lines.add(3, "  <p>${page.noSuchField}</p>");
        Files.write(template, lines);
        Files.writeString(site.resolve("templates/article.ftl"), "<#if>broken");
        CliRun run = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());

        assertEquals(1, run.exit());
        List<String> headlines = run.err().lines().filter(l -> l.startsWith("templates/")).toList();
        assertEquals(2, headlines.size(), run.err());
        assertTrue(headlines.get(0).startsWith("templates/article.ftl:1:"), headlines.get(0));
        assertTrue(headlines.get(1).startsWith("templates/page.ftl:4:8: error: "), headlines.get(1));
        assertTrue(headlines.get(1).contains("noSuchField"), headlines.get(1));
        assertTrue(Files.exists(out.resolve("about.html")), "previous site kept");
    }

    @Test
    void theOutputFolderGetsOrdinaryPermissionsNotOwnerOnly(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            Path ordinary = Files.createDirectory(tmp.resolve("ordinary"));
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(out),
                    "a web server must be able to read the baked site");
        }
    }
}
