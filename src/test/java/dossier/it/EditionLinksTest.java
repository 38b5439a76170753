package dossier.it;

import dossier.build.Build;
import dossier.publish.Edition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home and about pages link the editions the bake wrote, each with its size as written; no
 * other page lists them; the offline copy's own pages give every size but the zip's; a bake
 * with fewer editions lists fewer, even when it takes the pages from the last bake.
 */
class EditionLinksTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void bake() {
        site = tmp.resolve("out/site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, site, false, false, true, EnumSet.allOf(Edition.class))).ok());
    }

    /** "1.4 MB" as a file manager shows it, computed here on its own. */
    private static String shown(long bytes) {
        return bytes < 1_000 ? bytes + " bytes" : bytes < 999_500 ? Math.round(bytes / 1_000.0) + " kB"
                : String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0) + " MB";
    }

    private static List<String> listed(Document page) {
        List<String> files = new ArrayList<>();
        for (Element a : page.select("section.editions li > a[href]")) {
            files.add(a.attr("href"));
        }
        return files;
    }

    @Test
    void theHomeAndAboutPagesLinkEveryEditionWrittenWithItsSize() throws IOException {
        List<String> expected = List.of("dossier-offline.zip", "dossier.epub", "dossier.pdf", "print.html");
        for (String name : List.of("index.html", "about.html")) {
            Document page = Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
            assertEquals(expected, listed(page), name);
            for (String file : expected) {
                assertTrue(Files.isRegularFile(site.resolve(file)), file + " is written");
                Element size = page.selectFirst("span.edition-size[data-edition-size=\"" + file + "\"]");
                assertEquals(", " + shown(Files.size(site.resolve(file))), size.text(), name + ": " + file);
            }
        }
        Document article = Jsoup.parse(site.resolve("articles/2023-09-gallium-talks.html").toFile(), "UTF-8");
        assertTrue(article.select("section.editions").isEmpty(), "only the home and about pages list them");
    }

    @Test
    void theOfflineCopysOwnPagesGiveEverySizeButTheZips() throws IOException {
        try (ZipFile zip = new ZipFile(site.resolve("dossier-offline.zip").toFile()); InputStream in = zip.getInputStream(zip.getEntry("dossier/index.html"))) {
            Document page = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals("", page.selectFirst("span[data-edition-size=\"dossier-offline.zip\"]").text());
            assertEquals(", " + shown(Files.size(site.resolve("dossier.epub"))), page.selectFirst("span[data-edition-size=\"dossier.epub\"]").text());
        }
    }

    @Test
    void theEditionsDoNotListThemselves() throws IOException {
        Document print = Jsoup.parse(site.resolve("print.html").toFile(), "UTF-8");
        assertTrue(print.select(".editions, .edition-size").isEmpty());
    }

    @Test
    void aBakeWithFewerEditionsListsFewerEvenFromTheLastBakesPages() throws IOException {
        Path out = tmp.resolve("memo/site");
        Build.Memo memo = Build.Memo.forBake();
        assertTrue(new Build(memo).run(new Build.Options(Sites.PROJECT, out, false, false, true, Set.of(Edition.EPUB))).ok());
        assertEquals(List.of("dossier-offline.zip", "dossier.epub"), listed(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8")));
        assertTrue(new Build(memo).run(new Build.Options(Sites.PROJECT, out, false, false, true, Set.of())).ok());
        assertEquals(List.of("dossier-offline.zip"), listed(Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8")));
        assertFalse(Files.exists(out.resolve("dossier.epub")));
        // the same editions again: the pages come from the last bake, the sizes are this bake's
        assertTrue(new Build(memo).run(new Build.Options(Sites.PROJECT, out, false, false, true, Set.of())).ok());
        assertTrue(memo.pagesReused() > 0, "pages taken from the last bake");
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(", " + shown(Files.size(out.resolve("dossier-offline.zip"))), home.selectFirst("span.edition-size").text());
    }
}
