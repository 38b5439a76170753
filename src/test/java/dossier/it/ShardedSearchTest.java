package dossier.it;

import org.junit.jupiter.api.Tag;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.it.ServedSite.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dossier too large for a one-file index (300 synthetic articles), searched from file://: the
 * manifest first, then only the shards of the query's terms and the parts of the documents shown,
 * each a classic script; a query whose two words live in different shards finds the documents
 * holding both, as the intersection of the two words' own results.
 */
@Tag("browser")
class ShardedSearchTest {
    @TempDir
    static Path tmp;
    static Browser browser;
    static ServedSite site;
    static JsonNode manifest;

    @BeforeAll
    static void bakeAndStart() throws Exception {
        browser = Browser.startOrSkip();
        site = ServedSite.bake(SyntheticDossier.write(tmp.resolve("synthetic"), 300), tmp.resolve("baked"));
        String script = Files.readString(site.copy.resolve("search-index.js"));
        manifest = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    /** The shard whose range holds the term: the last whose key sorts at or before it. */
    private static int shardOf(String term) {
        int at = 0;
        for (int i = 0; i < manifest.get("shards").size(); i++) {
            if (manifest.get("shards").get(i).asText().compareTo(term) <= 0) {
                at = i;
            }
        }
        return at;
    }

    @Test
    void theIndexIsShardedAndTheManifestSmall() throws Exception {
        assertTrue(manifest.get("parts") == null, "nothing inline");
        assertTrue(manifest.get("shards").size() > 2, manifest.get("shards").toString());
        assertTrue(Files.size(site.copy.resolve("search-index.js")) < 4096);
        for (int i = 0; i < manifest.get("shards").size(); i++) {
            assertTrue(Files.isRegularFile(site.copy.resolve("search-index/t" + i + ".js")), "shard " + i);
        }
    }

    @Test
    void bakedTwiceTheIndexIsTheSameBytes() throws Exception {
        Path again = tmp.resolve("again");
        assertTrue(new dossier.build.Build().run(new dossier.build.Build.Options(tmp.resolve("synthetic"), again)).ok());
        Path first = tmp.resolve("baked/site");
        assertEquals(-1L, Files.mismatch(first.resolve("search-index.js"), again.resolve("search-index.js")));
        List<String> names;
        try (var files = Files.list(first.resolve("search-index"))) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        try (var files = Files.list(again.resolve("search-index"))) {
            assertEquals(names, files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        for (String name : names) {
            assertEquals(-1L, Files.mismatch(first.resolve("search-index").resolve(name), again.resolve("search-index").resolve(name)), name);
        }
        assertTrue(names.size() > 10, names.toString());
    }

    /**
     * A sharded index has no vocabulary in memory: a typo is corrected against the vocabulary part of
     * its initial alone, loaded from file:// as a script, then the shards of the words found there.
     */
    @Test
    void aTypoIsCorrectedFromTheVocabularyOfItsInitialFromFile() {
        String base = site.base(Mode.FILE);
        browser.driver.get(base + "articles/article-150.html");
        browser.takeRequests();
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys("minsitry");
        WebElement panel = browser.driver.findElement(By.id("search-results"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> panel.isDisplayed()
                && panel.getText().matches("(?s)\\d+ results for “minsitry”, read as “ministry”\\..*"));
        List<String> vocabulary = browser.takeRequests().stream().map(Browser.Request::url).filter(u -> u.contains("search-index/v")).toList();
        assertTrue(!vocabulary.isEmpty() && vocabulary.size() <= 2, "the vocabulary of m only: " + vocabulary + " of " + manifest.get("vocab"));
        @SuppressWarnings("unchecked")
        Map<String, Object> totals = (Map<String, Object>) browser.js("""
                return (async () => ({typo: (await DossierSearch.find('minsitry')).total, word: (await DossierSearch.find('ministry')).total,
                  suggestion: (await DossierSearch.find('wek')).suggestion}))();
                """);
        assertEquals(totals.get("word"), totals.get("typo"), "the typo finds what the word does");
        assertEquals("week", totals.get("suggestion"), "and a three-letter word too near to correct is suggested");
        assertEquals(List.of(), browser.takeConsoleErrors());
    }

    @Test
    void aQueryWhoseWordsLiveInTwoShardsWorksFromFile() {
        int ministry = shardOf("ministry");
        int week = shardOf("week");
        assertNotEquals(ministry, week, "the two words are in different shards: " + manifest.get("shards"));
        String base = site.base(Mode.FILE);
        browser.driver.get(base + "articles/article-150.html");
        browser.takeRequests();
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys("week ministry");
        WebElement panel = browser.driver.findElement(By.id("search-results"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> panel.isDisplayed()
                && panel.getText().matches("(?s)\\d+ results for “week ministry”.*") && !panel.findElements(By.cssSelector(".search-group a")).isEmpty());
        List<String> requested = browser.takeRequests().stream().map(Browser.Request::url).toList();
        assertTrue(requested.contains(base + "search-index.js"), requested.toString());
        assertTrue(requested.contains(base + "search-index/t" + ministry + ".js") && requested.contains(base + "search-index/t" + week + ".js"),
                "both shards: " + requested);
        List<String> shards = requested.stream().filter(u -> u.contains("search-index/t")).toList();
        assertTrue(shards.size() <= 4, "only the shards the words need: " + shards);
        requested.forEach(u -> assertTrue(u.startsWith(base), "from the site's folder: " + u));
        assertEquals(List.of(), browser.takeConsoleErrors());

        // the results shown: both words marked in each, and their number the documents holding both words
        List<WebElement> links = panel.findElements(By.cssSelector(".search-group a"));
        for (WebElement link : links) {
            List<String> marked = new ArrayList<>();
            link.findElements(By.tagName("mark")).forEach(m -> marked.add(m.getText().toLowerCase(java.util.Locale.ROOT)));
            assertTrue(link.getDomAttribute("href").startsWith("../"), "relative: " + link.getDomAttribute("href"));
            assertTrue(!marked.isEmpty(), "marked: " + link.getText());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> check = (Map<String, Object>) browser.js("""
                return (async () => {
                  const both = await DossierSearch.find('week ministry');
                  const a = await DossierSearch.find('week');
                  const b = await DossierSearch.find('ministry');
                  const scores = r => { const m = new Map(); r.groups.forEach(g => g.hits.forEach(h => m.set(h.doc, h.score))); return m; };
                  const sa = scores(a), sb = scores(b);
                  let expected = 0, scored = true;
                  sa.forEach((s, doc) => { if (sb.has(doc)) { expected++; } });
                  // a score is its tier (name, title, text) times 4096 (js/search.js's TIER) plus the words' sum
                  const sum = s => s % 4096;
                  both.groups.forEach(g => g.hits.forEach(h => { scored = scored && sum(h.score) === sum(sa.get(h.doc)) + sum(sb.get(h.doc)); }));
                  const first = both.groups.find(g => g.hits.length).hits[0].doc;
                  return {total: both.total, expected, scored, weekOnly: a.total, title: DossierSearch.doc(first)[1]};
                })();
                """);
        long total = ((Number) check.get("total")).longValue();
        assertEquals(((Number) check.get("expected")).longValue(), total, "the documents holding both words");
        assertTrue(total > 0 && total <= ((Number) check.get("weekOnly")).longValue(), check.toString());
        assertEquals(Boolean.TRUE, check.get("scored"), "a score, within its tier, is the sum of the words' scores");
        assertTrue(panel.getText().startsWith(total + " results for “week ministry”."), panel.getText());
        assertTrue(((String) check.get("title")).startsWith("Article") || ((String) check.get("title")).startsWith("source-"), check.toString());
    }
}
