package dossier.it;

import org.junit.jupiter.api.Tag;
import dossier.it.ServedSite.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search latency measured in the browser with performance.now(), on the shipped dossier and on a
 * synthetic one of 1,000 articles (as .ci/bench-scale makes it), whose index is sharded. The target
 * is 50 ms a query; the assertion allows 200 ms so that a busy machine does not fail the build (the
 * first query from cold, from file://, only 5 s: its target is checked by .ci/bench-search). The
 * figures are printed and written to target/search-latency.txt.
 */
@Tag("browser")
class SearchLatencyTest {
    private static final double LIMIT_MS = 200;
    private static final Path REPORT = Sites.PROJECT.resolve("target/search-latency.txt");
    /**
     * Per query, once the shards and document parts it needs are in (for a sharded index): the first
     * lookup, then the worst of 5 more, and the worst keystroke while typing it (lookup and results
     * drawn).
     */
    private static final String MEASURE = """
            const queries = arguments[0];
            return (async () => {
            const input = document.getElementById('search-input');
            const rows = [];
            for (const q of queries) {
              await DossierSearch.find(q); // the parts it needs, for a sharded index (loading is timed from cold, below)
              let t = performance.now();
              const total = DossierSearch.search(q).total;
              const first = performance.now() - t;
              let repeat = 0;
              for (let i = 0; i < 5; i++) {
                t = performance.now();
                DossierSearch.search(q);
                repeat = Math.max(repeat, performance.now() - t);
              }
              rows.push({q, total, first, repeat});
            }
            rows.forEach(row => {
              let keystroke = 0;
              for (let i = 1; i <= row.q.length; i++) {
                input.value = row.q.slice(0, i);
                const t = performance.now();
                input.dispatchEvent(new Event('input'));
                keystroke = Math.max(keystroke, performance.now() - t);
              }
              row.keystroke = keystroke;
            });
            const nav = performance.getEntriesByType('navigation')[0];
            return {rows, domContentLoaded: nav.domContentLoadedEventEnd};
            })();
            """;
    /** Time from asking for the index to having it read (WebDriver waits for the returned promise). */
    private static final String LOAD_INDEX = """
            const t = performance.now();
            return DossierSearch.load().then(ok => ({ok, ms: performance.now() - t}));
            """;
    /**
     * From cold (a fresh page, nothing of the index loaded) to a query's first results shown in the
     * box: the manifest, the shards of the query's terms and the parts of the documents shown. The
     * files the page loaded are returned, to count their bytes.
     */
    static final String COLD_QUERY = """
            const q = arguments[0];
            return (async () => {
            const input = document.getElementById('search-input');
            const panel = document.getElementById('search-results');
            const t = performance.now();
            input.value = q;
            input.dispatchEvent(new Event('input'));
            await new Promise(resolve => {
              const done = () => panel.querySelector('.search-group a, .search-summary') && !/^(Loading|Searching)/.test(panel.textContent);
              if (done()) { resolve(); return; }
              new MutationObserver((m, o) => { if (done()) { o.disconnect(); resolve(); } })
                .observe(panel, {childList: true, subtree: true});
            });
            const ms = performance.now() - t;
            // the index's script elements (resource timing leaves file:// out)
            const files = Array.from(document.querySelectorAll('script[src*="search-index"]')).map(s => s.src);
            return {ms, files, results: panel.querySelectorAll('.search-group a').length, summary: panel.querySelector('.search-summary').textContent};
            })();
            """;
    @TempDir
    static Path tmp;
    static Browser browser;
    static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void start() {
        browser = Browser.startOrSkip();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        report.forEach(System.out::println);
    }

    @Test
    void shippedDossier() {
        try (ServedSite site = ServedSite.bake(Sites.PROJECT, tmp.resolve("shipped"))) {
            measure("shipped dossier", site, "articles/2023-04-japan-whitelist.html", List.of("gallium", "semi", "south korea",
                    "chip 4", "yoon", "export controls", "wto", "rare earths", "ministry of trade", "xi", "2023", "798",
                    "beijing", "supply chains", "photoresist", "zzz"));
        }
    }

    @Test
    void thousandArticles() {
        Path synthetic = SyntheticDossier.write(tmp.resolve("synthetic-site"), 1000);
        try (ServedSite site = ServedSite.bake(synthetic, tmp.resolve("synthetic"))) {
            measure("1,000 synthetic articles", site, "articles/article-500.html", List.of("pa", "paragraph", "ministry said",
                    "measure 12", "source 5", "week 7", "article 999", "takes effect", "effect in week", "commentary on",
                    "what source", "1", "12", "reports that the ministry", "zzz"));
            cold("1,000 synthetic articles", site, "articles/article-500.html", List.of("ministry", "week ministry", "pa"));
        }
    }

    /** The first query from cold, from file://: its time and the bytes of the index it loaded. */
    private static void cold(String name, ServedSite site, String page, List<String> queries) {
        for (String q : queries) {
            browser.driver.get(site.base(Mode.FILE) + page);
            @SuppressWarnings("unchecked")
            Map<String, Object> cold = (Map<String, Object>) browser.js(COLD_QUERY, q);
            @SuppressWarnings("unchecked")
            List<String> files = (List<String>) cold.get("files");
            long bytes = 0;
            for (String file : files) {
                bytes += size(Path.of(java.net.URI.create(file)));
            }
            report.add(String.format(Locale.ROOT, "  cold from file://, \"%s\": first results in %.0f ms, %d files of the index, %,d bytes (%s)",
                    q, number(cold.get("ms")), files.size(), bytes, cold.get("summary")));
            assertTrue(((Number) cold.get("results")).intValue() > 0, name + ": " + q + " finds something from cold");
            assertTrue(number(cold.get("ms")) < 5000, name + ": " + q + " from cold took " + cold.get("ms") + " ms");
        }
    }

    private static void measure(String name, ServedSite site, String page, List<String> queries) {
        browser.driver.get(site.base(Mode.HTTP) + page);
        @SuppressWarnings("unchecked")
        Map<String, Object> load = (Map<String, Object>) browser.js(LOAD_INDEX);
        assertEquals(Boolean.TRUE, load.get("ok"), name + ": the index loads");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.js(MEASURE, queries);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) result.get("rows");
        Path out = tmp.resolve(name.startsWith("shipped") ? "shipped" : "synthetic").resolve("site");
        report.add(String.format(Locale.ROOT, "%s: %s loaded (DOMContentLoaded) in %.0f ms; page weight %s",
                name, page, number(result.get("domContentLoaded")), weight(out, page)));
        report.add(String.format(Locale.ROOT, "  search index manifest (%,d bytes; %,d bytes in all) fetched and read on first use in %.0f ms",
                size(out.resolve("search-index.js")), size(out.resolve("search-index.js")) + folderSize(out.resolve("search-index")),
                number(load.get("ms"))));
        report.add(String.format(Locale.ROOT, "  %-28s %8s %12s %12s %14s", "query", "results", "lookup ms", "repeat ms", "keystroke ms"));
        double worst = 0;
        for (Map<String, Object> row : rows) {
            double first = number(row.get("first"));
            double repeat = number(row.get("repeat"));
            double keystroke = number(row.get("keystroke"));
            worst = Math.max(worst, Math.max(first, Math.max(repeat, keystroke)));
            report.add(String.format(Locale.ROOT, "  %-28s %8d %12.1f %12.1f %14.1f", "\"" + row.get("q") + "\"",
                    ((Number) row.get("total")).intValue(), first, repeat, keystroke));
        }
        report.add(String.format(Locale.ROOT, "  worst: %.1f ms", worst));
        assertTrue(worst < LIMIT_MS, name + ": a query took " + worst + " ms");
        assertTrue(((Number) rows.get(0).get("total")).intValue() > 0, "the first query finds something");
    }

    /** Bytes an article page needs before anyone searches: its HTML, the stylesheet, the script and the icon. */
    private static String weight(Path site, String page) {
        long html = size(site.resolve(page));
        long css = size(site.resolve("css/dossier.css"));
        long js = size(site.resolve("js/search.js"));
        long icon = size(site.resolve("favicon.svg"));
        return String.format(Locale.ROOT, "%,d bytes (HTML %,d, CSS %,d, search.js %,d, icon %,d)",
                html + css + js + icon, html, css, js, icon);
    }

    private static long folderSize(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.mapToLong(SearchLatencyTest::size).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
