package dossier.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With site.baseurl set, pages get canonical and og:url, a sitemap lists them, and ids become addresses. */
class BaseUrlTest {
    private static final String BASE = "https://example.org/dossier/";

    private static Path siteWith(Path tmp, String line) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Files.writeString(site.resolve("jbake.properties"), "\n" + line + "\n", StandardOpenOption.APPEND);
        return site;
    }

    private static String expected(String page) {
        return BASE + (page.equals("index.html") ? "" : page.endsWith("/index.html") ? page.substring(0, page.length() - 10) : page);
    }

    @Test
    void aBaseUrlAddsCanonicalLinksAndASitemapOfEveryPage(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.run("bake", "--site", siteWith(tmp, "site.baseurl=" + BASE).toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        SiteLinks site = new SiteLinks(out);

        List<String> pages = Sites.files(out).stream().filter(f -> f.endsWith(".html")).toList();
        for (String page : pages) {
            Document doc = site.page(page);
            assertEquals(expected(page), doc.selectFirst("head link[rel=canonical]").attr("href"), page);
            assertEquals(expected(page), doc.selectFirst("head meta[property=og:url]").attr("content"), page);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locs = factory.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile())
                .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent());
        }
        assertEquals(pages.stream().filter(p -> !p.equals("search.html")).map(BaseUrlTest::expected).toList(), listed,
                "every page but the search results page, which has no content of its own");
        assertEquals("noindex", site.page("search.html").selectFirst("head meta[name=robots]").attr("content"));

        String feed = Files.readString(out.resolve("feed.xml"));
        assertTrue(feed.contains("<id>" + BASE + "articles/trade-status.html</id>"), feed);
        assertTrue(feed.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"" + BASE + "feed.xml\"/>"), feed);
        assertFalse(feed.contains("tag:"), "no tag: ids when the site has addresses");

        JsonNode annotations = new ObjectMapper().readTree(out.resolve("annotations.jsonld").toFile());
        JsonNode item = annotations.get("first").get("items").get(0);
        assertTrue(item.get("id").asText().startsWith(BASE + "articles/trade-status.html#x-"), item.toString());
        assertEquals("https://example.org/trade", item.get("target").get("source").asText(), "the original's address when known");

        String cite = site.page("articles/trade-status.html").selectFirst("details.cite-page").text();
        assertTrue(cite.contains("n.d., " + BASE + "articles/trade-status.html."), cite);
    }

    @Test
    void aMalformedBaseUrlIsReportedAtItsLine(@TempDir Path tmp) throws IOException {
        Path site = siteWith(tmp, "site.baseurl = example.org/dossier");
        long line = Files.readAllLines(site.resolve("jbake.properties")).size();
        CliRun run = CliRun.run("check", "--site", site.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("jbake.properties:" + line + ":16: error: site.baseurl 'example.org/dossier' is not an absolute web address: it must start with https:// or http:// [bad-baseurl]"),
                run.err());
    }

    @Test
    void withoutABaseUrlThereIsNoSitemap(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.run("bake", "--site", Sites.fixture("minimal", tmp).toString(), "--out", out.toString()).exit());
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
        Document home = new SiteLinks(out).page("index.html");
        assertTrue(home.select("link[rel=canonical], meta[property=og:url]").isEmpty());
        assertNotNull(home.selectFirst("meta[property=og:type][content=website]"));
    }
}
