package dossier.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.build.Build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The baked shipped dossier without a browser: every page offers search the same way, hidden
 * until its script runs; every search result leads to a page and fragment that exist; excerpts
 * sit in annotations with their commentary.
 */
class SearchMarkupTest {
    @TempDir
    static Path tmp;
    static Path out;
    static SiteLinks site;

    @BeforeAll
    static void bake() {
        out = tmp.resolve("site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, out)).ok());
        site = new SiteLinks(out);
    }

    @Test
    void everyPageLoadsTheSearchScriptDeferredAndHasAHiddenSearchBoxWithANoscriptNote() {
        for (var entry : site.pages().entrySet()) {
            String page = entry.getKey();
            Document doc = entry.getValue();
            String root = "../".repeat((int) page.chars().filter(c -> c == '/').count());
            List<String> scripts = doc.select("script[src]").eachAttr("src");
            // the search script and the offline copy's note, the previews' script where the page has their data,
            // and a graph's script only where there is one; never the index, which the script loads on first use
            List<String> expected = new java.util.ArrayList<>(List.of(root + "js/search.js", root + "js/offline.js"));
            if (doc.getElementById("preview-data") != null) {
                expected.add(root + "js/previews.js");
            }
            if (doc.selectFirst("svg.graph") != null) {
                expected.add(root + "js/graph.js");
            }
            assertEquals(expected, scripts, page + ": the index is loaded by the script, on first use");
            assertNotNull(doc.selectFirst("head script[defer][src=\"" + root + "js/search.js\"]"), page);
            Element box = doc.selectFirst("header.site-header .site-search[role=search]");
            assertNotNull(box, page);
            assertTrue(box.hasAttr("hidden"), page + ": no dead control without JavaScript");
            assertEquals(root, box.attr("data-root"), page);
            Element input = box.selectFirst("input[type=search]#search-input");
            assertNotNull(input, page);
            assertNotNull(doc.selectFirst("label[for=search-input]"), page);
            assertNotNull(doc.selectFirst("header.site-header noscript"), page);
        }
    }

    @Test
    void everyResultLeadsToAPageAndFragmentThatExist() throws Exception {
        String script = Files.readString(out.resolve("search-index.js"));
        // the shipped dossier's index is one file: its one document part is inline
        JsonNode docs = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1))
                .get("parts").get("d0");
        assertFalse(Files.exists(out.resolve("search-index")), "no shards for a dossier this small");
        List<String> broken = new ArrayList<>();
        for (JsonNode doc : docs) {
            String url = doc.get(1).asText();
            String file = url.replaceFirst("#.*", "");
            Document page = site.page(file);
            if (page == null || url.contains("#") && page.getElementById(url.replaceFirst(".*#", "")) == null) {
                broken.add(url);
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(docs.size() > 100, "documents: " + docs.size());
    }

    @Test
    void excerptsSitInAnnotationsBesideTheirCommentary() {
        Document article = site.page("articles/2023-04-japan-whitelist.html");
        List<Element> annotations = article.select("article > .article-body > div.annotation");
        assertEquals(article.select("figure.excerpt").size(), annotations.size());
        annotations.forEach(a -> assertTrue(a.child(0).is("figure.excerpt")));
        assertFalse(article.select("div.annotation > div.commentary > p").isEmpty());
    }
}
