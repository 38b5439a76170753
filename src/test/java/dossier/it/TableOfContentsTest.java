package dossier.it;

import dossier.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page whose body has three sections (##) or more gets a table of contents: a nav labelled by
 * its heading, an ordered list linking each section's heading, in order, with its subsections
 * (###) nested; a shorter page has none. Every id on a page is unique, so every link lands once.
 */
class TableOfContentsTest {
    private static final int MIN_SECTIONS = 3;
    @TempDir
    static Path tmp;

    @Test
    void theShippedDossiersLongPagesHaveContentsThatMatchTheirHeadings() throws IOException {
        Path out = tmp.resolve("shipped");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, out)).ok());
        int withContents = 0;
        for (String file : Sites.files(out)) {
            if (file.endsWith(".html")) {
                withContents += check(out, file);
            }
        }
        assertTrue(withContents > 0, "the shipped articles are long enough to have contents");
    }

    /** Headings at the threshold and one short of it, repeated words, a subsection and a citation in a heading. */
    @Test
    void aPageOfThreeSectionsHasContentsAndOneOfTwoHasNone() throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path articles = site.resolve("content/articles");
        String front = "---\ntitle: \"%s\"\nsummary: \"S.\"\nsource: minimal-source\n---\n";
        String excerpt = "\n> Seoul and Tokyo agreed on Monday to restore each other's trade status.\n> [@minimal-source, ¶1]\n\n";
        Files.writeString(articles.resolve("three-sections.md"), front.formatted("Three") + "The lead.\n\n"
                + "## Background\n\nText [@minimal-source, ¶1].\n" + excerpt
                + "### Detail <b>one</b>\n\nMore.\n\n"
                + "## Background\n\nThe same words again.\n\n"
                + "## What the ministry said [@minimal-source, ¶2]\n\nText.\n");
        Files.writeString(articles.resolve("two-sections.md"), front.formatted("Two") + "The lead.\n\n"
                + "## One\n\nText [@minimal-source, ¶1].\n" + excerpt + "## Two\n\n### Sub a\n\n### Sub b\n\nText.\n");
        Path out = tmp.resolve("fixture-out");
        Build.Result result = new Build().run(new Build.Options(site, out));
        assertTrue(result.ok(), result.report().diagnostics().toString());

        assertEquals(1, check(out, "articles/three-sections.html"));
        assertEquals(0, check(out, "articles/two-sections.html"));
        Document three = read(out, "articles/three-sections.html");
        List<String> links = three.select("nav.toc > ol > li > a").eachText();
        assertEquals(List.of("Background", "Background", "What the ministry said"), links, "a citation is not part of the entry");
        assertEquals(List.of("Detail <b>one</b>"), three.select("nav.toc ol ol a").eachText(), "markup in a heading stays text");
    }

    /** Checks one page; 1 when it has contents, else 0. */
    private static int check(Path out, String file) throws IOException {
        Document page = read(out, file);
        Set<String> ids = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        page.select("[id]").forEach(e -> {
            if (!ids.add(e.id())) {
                repeated.add(e.id());
            }
        });
        assertEquals(List.of(), repeated, file + ": ids used twice");

        List<Element> sections = page.select(".article-body > h2");
        List<Element> navs = page.select("nav.toc");
        if (sections.size() < MIN_SECTIONS) {
            assertEquals(List.of(), navs.stream().map(Element::outerHtml).toList(), file + " has " + sections.size() + " sections");
            return 0;
        }
        assertEquals(1, navs.size(), file + " has " + sections.size() + " sections: one table of contents");
        Element nav = navs.get(0);
        Element label = page.getElementById(nav.attr("aria-labelledby"));
        assertTrue(label != null && nav.children().contains(label) && !label.text().isBlank(), file + ": labelled by its own heading");
        List<Element> entries = nav.select("> ol > li");
        assertEquals(sections.stream().map(Element::id).toList(),
                entries.stream().map(li -> fragment(li.selectFirst("> a"))).toList(), file + ": one entry per section, in order");
        for (int i = 0; i < sections.size(); i++) {
            Element h2 = sections.get(i);
            List<String> subsections = new ArrayList<>();
            for (Element next = h2.nextElementSibling(); next != null && !next.tagName().equals("h2"); next = next.nextElementSibling()) {
                if (next.tagName().equals("h3")) {
                    subsections.add(next.id());
                }
            }
            assertEquals(subsections, entries.get(i).select("> ol > li > a").stream().map(TableOfContentsTest::fragment).toList(),
                    file + ": the subsections of " + h2.id());
        }
        for (Element a : nav.select("a")) {
            Element target = page.getElementById(fragment(a));
            assertTrue(target != null && target.text().startsWith(a.text()), file + ": " + a + " names its heading");
        }
        return 1;
    }

    private static String fragment(Element a) {
        String href = a == null ? "" : a.attr("href");
        assertTrue(href.startsWith("#") && href.length() > 1, "a link within the page: " + href);
        return href.substring(1);
    }

    private static Document read(Path out, String file) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(file)));
    }
}
