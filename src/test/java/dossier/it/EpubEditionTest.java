package dossier.it;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import dossier.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dossier.epub, the EPUB edition of the shipped dossier: valid by the W3C's EPUBCheck (no error,
 * no warning), holding every article, entity, the timeline and the figures, its internal links
 * resolving inside it, every excerpt of every article there, no script, and byte-identical across bakes.
 */
class EpubEditionTest {
    @TempDir
    static Path tmp;
    static Path epub;
    static Map<String, String> entries = new HashMap<>();

    @BeforeAll
    static void bake() throws IOException {
        Path out = tmp.resolve("a/site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, out, false, false, true, java.util.Set.of(dossier.publish.Edition.EPUB))).ok());
        epub = out.resolve("dossier.epub");
        assertTrue(Files.isRegularFile(epub));
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void epubCheckFindsNoErrorAndNoWarning() {
        StringWriter messages = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(messages, true), "dossier.epub", true); // quiet: its INFO lines would go to System.out
        new EpubCheck(epub.toFile(), report).doValidate();
        String all = messages.toString();
        assertEquals(0, report.getFatalErrorCount() + report.getErrorCount(), all);
        assertEquals(0, report.getWarningCount(), all);
    }

    @Test
    void mimetypeComesFirstStored() throws IOException {
        byte[] bytes = Files.readAllBytes(epub);
        String head = new String(bytes, 30, 8 + 20, StandardCharsets.US_ASCII);
        assertTrue(head.startsWith("mimetypeapplication/epub+zip"), head);
        assertEquals(0, bytes[8] | bytes[9], "stored");
    }

    @Test
    void everyArticleEntityTimelineAndFiguresPageIsInTheSpineAndTheNav() throws IOException {
        String opf = entries.get("OEBPS/package.opf");
        String nav = entries.get("OEBPS/nav.xhtml");
        List<String> expected = new ArrayList<>(List.of("timeline.xhtml", "figures.xhtml"));
        for (String folder : List.of("articles", "entities")) {
            try (Stream<Path> files = Files.list(Sites.PROJECT.resolve("content").resolve(folder))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
                        .forEach(n -> expected.add(folder + "/" + n.substring(0, n.length() - 3) + ".xhtml"));
            }
        }
        assertTrue(expected.size() > 10);
        Document package_ = Jsoup.parse(opf, "", Parser.xmlParser());
        Map<String, String> ids = new HashMap<>();
        package_.select("manifest > item").forEach(i -> ids.put(i.attr("href"), i.attr("id")));
        List<String> spine = package_.select("spine > itemref").eachAttr("idref");
        for (String doc : expected) {
            assertNotNull(ids.get(doc), doc + " in the manifest");
            assertTrue(spine.contains(ids.get(doc)), doc + " in the spine");
            assertTrue(nav.contains("href=\"" + doc + "\""), doc + " in the nav");
            assertTrue(entries.containsKey("OEBPS/" + doc), doc);
        }
        assertTrue(nav.contains("epub:type=\"toc\""));
        assertTrue(nav.contains("epub:type=\"landmarks\""));
    }

    @Test
    void everyInternalLinkResolvesToADocumentAndAnIdInside() {
        Map<String, Document> docs = new HashMap<>();
        entries.forEach((name, text) -> {
            if (name.endsWith(".xhtml")) {
                docs.put(name, Jsoup.parse(text, "", Parser.xmlParser()));
            }
        });
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Document> d : docs.entrySet()) {
            assertTrue(d.getValue().select("script").isEmpty(), d.getKey() + " has a script");
            for (Element a : d.getValue().select("a[href]")) {
                String href = a.attr("href");
                if (href.matches("^[a-z]+:.*")) {
                    continue;
                }
                checked++;
                int hash = href.indexOf('#');
                String path = hash < 0 ? href : href.substring(0, hash);
                String target = path.isEmpty() ? d.getKey() : Path.of(d.getKey()).resolveSibling(path).normalize().toString().replace('\\', '/');
                Document to = docs.get(target);
                if (to == null || (hash >= 0 && to.getElementById(href.substring(hash + 1)) == null)) {
                    broken.add(d.getKey() + " -> " + href);
                }
            }
        }
        assertTrue(checked > 100, "links checked: " + checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void everyExcerptOfEveryArticleIsThere() throws IOException {
        Path site = epub.getParent();
        try (Stream<Path> files = Files.list(site.resolve("articles"))) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                String name = "OEBPS/articles/" + page.getFileName().toString().replace(".html", ".xhtml");
                Document x = Jsoup.parse(entries.get(name), "", Parser.xmlParser());
                List<String> quotes = html.select("main blockquote").eachText();
                assertFalse(quotes.isEmpty(), page.toString());
                assertEquals(quotes, x.select("blockquote").eachText(), name);
            }
        }
    }

    @Test
    void aBakeWritesNoEpubUnlessAsked() {
        Path c = tmp.resolve("c/site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, c)).ok());
        assertFalse(Files.exists(c.resolve("dossier.epub")));
        assertEquals(0, CliRun.run("bake", "--site", Sites.PROJECT.toString(), "--out", tmp.resolve("d/site").toString(), "--editions", "epub", "--no-cache").exit());
        assertTrue(Files.isRegularFile(tmp.resolve("d/site/dossier.epub")));
    }

    @Test
    void twoBakesGiveTheSameEpub() throws IOException {
        Path b = tmp.resolve("b/site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, b, false, false, true, java.util.Set.of(dossier.publish.Edition.EPUB))).ok());
        assertArrayEquals(Files.readAllBytes(epub), Files.readAllBytes(b.resolve("dossier.epub")));
    }
}
