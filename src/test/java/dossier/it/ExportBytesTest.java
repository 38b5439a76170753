package dossier.it;

import dossier.build.Build;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports for readers' tools (feed, sitemap, the three bibliographies, the annotations) are
 * written as streams; their bytes are pinned by golden files under src/test/resources/exports/CASE/,
 * first written by the string-building code they replaced. Cases: a fixture with a base URL (sitemap,
 * absolute ids) and a logged correction, and one without (tag: ids, relative links). Run with
 * -Dgolden.update=true to rewrite them after a deliberate change, then review the diff.
 */
class ExportBytesTest {
    private static final Path GOLDEN = Sites.PROJECT.resolve("src/test/resources/exports");
    private static final List<String> EXPORTS = List.of("annotations.jsonld", "bibliography.bib", "bibliography.json", "bibliography.ris",
            "feed.xml", "sitemap.xml");

    @ParameterizedTest
    @ValueSource(strings = {"crossref", "accounts"})
    void theExportsHaveTheirPinnedBytes(String fixture, @TempDir Path tmp) throws IOException {
        Path site = Sites.fixture(fixture, tmp);
        if (fixture.equals("crossref")) {
            Files.writeString(site.resolve("jbake.properties"), "\nsite.baseurl=https://example.org/dossier/\n", StandardOpenOption.APPEND);
            Path article = site.resolve("content/articles/trade-status.md");
            String text = Files.readString(article);
            Files.writeString(article, text.replace("\ntags: ", "\ncorrections:\n  - date: \"2026-12\"\n"
                    + "    what: \"The summary no longer says <all> & \\\"every\\\" status.\"\n"
                    + "    why: \"¶1 says \\\"restore\\\"; the old summary said more.\"\ntags: "));
        }
        Path out = tmp.resolve("out/site");
        Build.Result result = new Build().run(new Build.Options(site, out));
        assertTrue(result.ok(), result.report().diagnostics().toString());
        List<String> present = new ArrayList<>();
        for (String export : EXPORTS) {
            Path file = out.resolve(export);
            Path golden = GOLDEN.resolve(fixture).resolve(export);
            if (!Files.exists(file)) {
                continue;
            }
            present.add(export);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.copy(file, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            assertArrayEquals(Files.readAllBytes(golden), Files.readAllBytes(file), fixture + ": " + export);
        }
        assertEquals(fixture.equals("crossref") ? EXPORTS : EXPORTS.subList(0, 5), present, "the sitemap only with a base URL");
        if (fixture.equals("crossref")) {
            assertTrue(Files.readString(out.resolve("feed.xml")).contains("<title>Correction: "), "the correction is in the feed");
        }
    }
}
