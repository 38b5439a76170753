package dossier.it;

import dossier.build.Build;
import dossier.diag.Diagnostic;
import dossier.build.Edition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * print.html, the shipped dossier on one page: every article, entity and source there once, in
 * reading order and in its table of contents; every link inside it resolving to an id inside it;
 * no id twice; every excerpt of every article; nothing only a browser uses; the same bytes from
 * two bakes; and a site's own print.html refused rather than overwritten.
 */
class PrintEditionTest {
    @TempDir
    static Path tmp;
    static Path site;
    static Document print;

    @BeforeAll
    static void bake() throws IOException {
        site = tmp.resolve("a/site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, site, false, false, true, Set.of(Edition.PRINT))).ok());
        print = Jsoup.parse(site.resolve("print.html").toFile(), "UTF-8");
    }

    @Test
    void everyArticleEntityAndSourceIsASectionListedInTheContents() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String folder : List.of("articles", "entities", "sources")) {
            try (Stream<Path> files = Files.list(site.resolve(folder))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                        .forEach(n -> expected.add("p-" + folder + "_" + n.substring(0, n.length() - ".html".length())));
            }
        }
        assertTrue(expected.size() > 20, "pages: " + expected.size());
        List<String> sections = print.select("main > section.print-page").eachAttr("id");
        List<String> contents = print.select("nav.print-toc a[href]").eachAttr("href").stream().map(h -> h.substring(1)).toList();
        assertEquals(sections, contents, "the contents list the sections in their order");
        for (String id : expected) {
            assertTrue(sections.contains(id), id);
        }
        assertEquals("p-index", sections.get(0));
        // articles, then entities, then sources
        assertTrue(sections.indexOf(first(sections, "p-articles_")) < sections.indexOf(first(sections, "p-entities_")));
        assertTrue(sections.indexOf(first(sections, "p-entities_")) < sections.indexOf(first(sections, "p-sources_")));
    }

    private static String first(List<String> ids, String prefix) {
        return ids.stream().filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void everyLinkInsideResolvesAndNoIdIsThereTwice() {
        Set<String> ids = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (Element e : print.select("[id]")) {
            if (!ids.add(e.id())) {
                twice.add(e.id());
            }
        }
        assertEquals(List.of(), twice);
        List<String> broken = new ArrayList<>();
        int inside = 0;
        for (Element a : print.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                inside++;
                if (!ids.contains(href.substring(1))) {
                    broken.add(href);
                }
            } else {
                assertTrue(href.matches("^[a-z]+:.*"), "a link out of the edition that is not absolute: " + href);
            }
        }
        assertTrue(inside > 1000, "links inside: " + inside);
        assertEquals(List.of(), broken);
        for (Element e : print.select("[aria-labelledby]")) {
            assertTrue(ids.contains(e.attr("aria-labelledby")), e.attr("aria-labelledby"));
        }
    }

    @Test
    void everyExcerptOfEveryArticleIsInItsSection() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("articles"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                String name = page.getFileName().toString();
                Element section = print.getElementById("p-articles_" + name.substring(0, name.length() - ".html".length()));
                assertNotNull(section, name);
                List<String> quotes = html.select("main blockquote").eachText();
                assertFalse(quotes.isEmpty(), name);
                assertEquals(quotes, section.select("blockquote").eachText(), name);
            }
        }
    }

    @Test
    void holdsNothingOnlyABrowserUses() throws IOException {
        assertTrue(print.select("script, form, input, button, .skip-link, .offline-copy, .editions").isEmpty());
        assertEquals(List.of("css/dossier.css", "css/print.css"), print.select("link[rel=stylesheet]").eachAttr("href"));
        assertEquals("noindex", print.selectFirst("meta[name=robots]").attr("content"), "the pages themselves are what search engines index");
        assertFalse(Files.readString(site.resolve("feed.xml")).contains("print.html"));
        assertTrue(Files.isRegularFile(site.resolve("css/print.css")), "the theme's print stylesheet is published");
    }

    @Test
    void twoBakesGiveTheSameBytes() throws IOException {
        Path again = tmp.resolve("b/site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, again, false, false, true, Set.of(Edition.PRINT))).ok());
        assertArrayEquals(Files.readAllBytes(site.resolve("print.html")), Files.readAllBytes(again.resolve("print.html")));
    }

    @Test
    void aPageOfTheSitePublishedAsPrintHtmlIsRefusedNotOverwritten() throws IOException {
        Path root = Sites.fixture("minimal", tmp.resolve("own"));
        Files.writeString(root.resolve("content/print.md"), "---\ntitle: \"Print\"\ntype: page\n---\nOur own page.\n");
        Build.Result result = new Build().run(new Build.Options(root, root.resolve("target/site"), false, false, true, Set.of(Edition.PRINT)));
        assertFalse(result.ok());
        List<Diagnostic> errors = result.report().diagnostics();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("content/print.md", errors.get(0).path());
        assertEquals("publish", errors.get(0).code());
        assertFalse(Files.exists(root.resolve("target/site/print.html")), "nothing is written");
    }

    @Test
    void aBakeWritesNoPrintEditionUnlessAsked() {
        Path plain = tmp.resolve("c/site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, plain)).ok());
        assertFalse(Files.exists(plain.resolve("print.html")));
    }
}
