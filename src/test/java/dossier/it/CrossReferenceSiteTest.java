package dossier.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crossref fixture: entities, wiki-links, mentions, backlinks, tags, timeline and graph, baked and read back. */
class CrossReferenceSiteTest {
    @TempDir
    static Path tmp;
    static SiteLinks site;
    static CliRun run;

    @BeforeAll
    static void bake() {
        Path fixture = Sites.fixture("crossref", tmp);
        Path out = tmp.resolve("out");
        run = CliRun.run("bake", "--site", fixture.toString(), "--out", out.toString());
        site = new SiteLinks(out);
    }

    @Test
    void bakesCleanlyWithEveryLinkResolving() {
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(), site.problems());
    }

    @Test
    void wikiLinksResolveThroughTitlesAndAliasesIgnoringCase() {
        Document article = site.page("articles/trade-status.html");
        List<String> links = article.select("a.wikilink").eachAttr("href");
        assertEquals(List.of("../entities/seoul.html", "../entities/tokyo.html"), links);
        assertEquals("The South Korean capital", article.selectFirst("a.wikilink").text());
    }

    @Test
    void entityPagesListEveryParagraphThatNamesThemWithTheNameMarked() {
        Document seoul = site.page("entities/seoul.html");
        List<Element> mentions = seoul.select("ul.mentions li");
        assertEquals(1, mentions.size(), "¶1 names Seoul; the excluded promo ¶3 is not scanned");
        assertEquals("Seoul", mentions.get(0).selectFirst("mark").text());
        assertEquals("../sources/minimal-source.html#p1", mentions.get(0).selectFirst("a.para-ref").attr("href"));
        Document ministry = site.page("entities/the-ministry.html");
        assertEquals("The ministry", ministry.selectFirst("ul.mentions mark").text(), "the title as the source writes it");
    }

    @Test
    void backlinksShowWhoLinksHereWithContext() {
        Document tokyo = site.page("entities/tokyo.html");
        List<String> from = tokyo.select("section.backlinks li > a").eachText();
        assertEquals(List.of("Seoul", "Trade status restored"), from.stream().sorted().toList());
        assertTrue(tokyo.select("section.backlinks .context").text().contains("agreed"), tokyo.select("section.backlinks").text());
    }

    @Test
    void coMentionsAreListedAndDrawnAsStaticSvg() {
        Document seoul = site.page("entities/seoul.html");
        assertEquals("Tokyo (1 paragraph)", seoul.selectFirst("ul.neighbours li").text());
        assertFalse(seoul.select("figure.graph-figure svg line").isEmpty());
        assertTrue(OwnScripts.foreign(seoul).isEmpty());
        Document graph = site.page("graph.html");
        assertTrue(graph.select("ul.pairs li").eachText().contains("Seoul — Tokyo (1)"), graph.select("ul.pairs").text());
    }

    @Test
    void timelineSortsPartialDatesAndShowsTheirPrecision() {
        Document timeline = site.page("timeline.html");
        List<String> dates = timeline.select("ol.events time").eachAttr("datetime");
        assertEquals(List.of("2023", "2023-04", "2023-04-24"), dates);
        assertEquals(List.of("2023", "April 2023", "24 April 2023"), timeline.select("ol.events time").eachText());
        assertEquals("Month inferred for the fixture.", timeline.selectFirst("ol.events .note").text());
    }

    @Test
    void tagsHaveAnIndexAndAPageEach() {
        assertEquals(List.of("japan", "trade"), site.page("tags/index.html").select("ul.tag-list a").eachText());
        assertEquals(1, site.page("tags/trade.html").select("ol.articles li").size());
        assertTrue(Files.exists(tmp.resolve("out/entities/index.html")));
    }
}
