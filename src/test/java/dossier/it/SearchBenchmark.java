package dossier.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Not a test (its name keeps it out of the build's runs): the browser half of .ci/bench-search.
 * Opens a baked site from file:// in headless Chromium and, for each query, on a fresh page with
 * nothing of the index loaded, times the first results from typing the query (SearchLatencyTest's
 * COLD_QUERY) and counts the bytes of the index files the page loaded. Run as
 *   mvn -q -o test -Dtest=SearchBenchmark -Dsearch.bench.site=OUT -Dsearch.bench.queries="gallium,ministry"
 */
@Tag("browser")
class SearchBenchmark {

    @Test
    void coldQueriesFromFile() throws IOException {
        String out = System.getProperty("search.bench.site");
        Assumptions.assumeTrue(out != null, "run by .ci/bench-search");
        Path site = Path.of(out).toAbsolutePath();
        List<String> queries = List.of(System.getProperty("search.bench.queries", "gallium").split(","));
        String page = System.getProperty("search.bench.page", "index.html");
        try (Browser browser = Browser.startOrSkip()) {
            for (String q : queries) {
                for (int run = 1; run <= 2; run++) { // the second run: the files in the OS cache, as a reader's second search
                    browser.driver.get(site.toUri() + page);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> cold = (Map<String, Object>) browser.js(SearchLatencyTest.COLD_QUERY, q);
                    @SuppressWarnings("unchecked")
                    List<String> files = (List<String>) cold.get("files");
                    long bytes = 0;
                    for (String file : files) {
                        bytes += Files.size(Path.of(URI.create(file)));
                    }
                    System.out.printf(Locale.ROOT, "bench-search: query \"%s\" run %d: first results in %.0f ms from cold, file://; "
                            + "%d index files, %,d bytes before the first result; %s%n",
                            q, run, ((Number) cold.get("ms")).doubleValue(), files.size(), bytes, cold.get("summary"));
                }
            }
        }
    }
}
