package dossier.publish;

import com.sun.net.httpserver.HttpServer;
import dossier.config.SiteConfig;
import dossier.diag.Report;
import dossier.model.Dossier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dossier.pdf from a small print.html (a contents list, three parts, internal and external links,
 * an excerpt, a table, typographic punctuation, resources outside the site): the outline is the
 * contents, every font is embedded, links are live, the contents show the page each part starts
 * on, the document is tagged, the same input gives the same bytes, and nothing outside the site is
 * read or fetched.
 */
class PdfEditionTest {
    static final SiteConfig CONFIG = new SiteConfig("The Harbour Dossier", "Council votes, cited.", "en-GB", Set.of(), null,
            "example.org,2026", Map.of(), Map.of());
    static final Dossier EMPTY = new Dossier(List.of(), Map.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            null, null);
    static final List<String> SECTIONS = List.of("About this dossier", "The harbour vote", "The budget – in brief", "Gazette, 3 March");

    @TempDir
    static Path tmp;
    static Path site;
    static byte[] pdf;
    static String stderr;
    static HttpServer server;
    static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void render() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        site = site(tmp.resolve("site"));
        // where PDFBox would write the cache of a scan of the system's fonts (it must not scan them)
        Files.createDirectories(tmp.resolve("font-cache"));
        String cache = System.setProperty("pdfbox.fontcache", tmp.resolve("font-cache").toString());
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            pdf = PdfEdition.bytes(CONFIG, EMPTY, site);
        } finally {
            System.setErr(err);
            server.stop(0);
            if (cache == null) {
                System.clearProperty("pdfbox.fontcache");
            } else {
                System.setProperty("pdfbox.fontcache", cache);
            }
        }
        stderr = captured.toString(StandardCharsets.UTF_8);
    }

    /** The fixture with the theme's stylesheets, and a stylesheet outside the site that must never be read. */
    static Path site(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("css"));
        String html = resource("print.html");
        String remote = "http://127.0.0.1:" + server.getAddress().getPort();
        html = html.replace("http://example.com/x.png", remote + "/x.png")
                .replace("</head>", "<link rel=\"stylesheet\" href=\"../outside.css\">\n<link rel=\"stylesheet\" href=\"" + remote
                        + "/remote.css\">\n</head>");
        Files.writeString(dir.resolve("print.html"), html);
        Files.writeString(dir.resolve("css/dossier.css"), resource("/dossier/theme/assets/css/dossier.css"));
        Files.writeString(dir.resolve("css/print.css"), resource("/dossier/theme/assets/css/print.css"));
        Files.writeString(dir.resolve("../outside.css"), ".print-toc::before { content: \"LEAKED\"; }\n");
        return dir;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PdfEditionTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyPartBeginsAPageAfterTheContents() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the cover, the contents, a page at least for each part
            assertTrue(doc.getNumberOfPages() > SECTIONS.size() + 2, "pages: " + doc.getNumberOfPages());
            assertTrue(page(doc, 1).contains("Council votes, cited."), "the cover");
            assertEquals(2, contents(doc), "the contents after the cover");
        }
    }

    @Test
    void theOutlineIsTheContents() throws IOException {
        Document html = Jsoup.parse(site.resolve("print.html").toFile(), "UTF-8");
        List<String> toc = new ArrayList<>();
        for (Element li : html.select("nav.print-toc li")) {
            toc.add(li.child(0).text());
        }
        assertEquals(List.of("About this dossier", "Articles", "The harbour vote", "The budget – in brief", "Sources", "Gazette, 3 March"), toc);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outline = new ArrayList<>();
            PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
            assertNotNull(root, "an outline");
            walk(root, outline, "");
            assertEquals(List.of("About this dossier", "Articles", "  The harbour vote", "  The budget – in brief", "Sources", "  Gazette, 3 March"),
                    outline);
            // each entry opens its part's first page
            PDOutlineItem first = root.getFirstChild().getNextSibling().getFirstChild();
            PDPageDestination dest = (PDPageDestination) first.getDestination();
            int page = dest != null ? dest.retrievePageNumber() : -1;
            assertEquals(start(doc, "The harbour vote"), page + 1);
        }
    }

    private static void walk(PDOutlineNode node, List<String> into, String indent) {
        for (PDOutlineItem item : node.children()) {
            into.add(indent + item.getTitle());
            walk(item, into, indent + "  ");
        }
    }

    @Test
    void everyFontIsEmbeddedAndLiberation() throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertTrue(names.stream().allMatch(n -> n.startsWith("Liberation")), names.toString());
        assertTrue(names.containsAll(Set.of("LiberationSerif", "LiberationSans-Bold", "LiberationMono")), names.toString());
    }

    @Test
    void internalLinksGoToTheirPageAndExternalOnesAreUris() throws IOException {
        Set<String> uris = new TreeSet<>();
        List<Integer> fromContents = new ArrayList<>();
        int internal = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    if (link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                        continue;
                    }
                    var dest = link.getDestination() != null ? link.getDestination()
                            : link.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination() : null;
                    assertTrue(dest instanceof PDPageDestination, "a link to a page: " + dest);
                    internal++;
                    if (i + 1 == contents(doc)) {
                        fromContents.add(((PDPageDestination) dest).retrievePageNumber() + 1);
                    }
                }
            }
            List<Integer> starts = new ArrayList<>();
            for (String title : SECTIONS) {
                starts.add(start(doc, title));
            }
            // an entry is two annotations (its title and its leader with the number)
            assertEquals(starts, fromContents.stream().distinct().toList(), "the contents' links open the parts' first pages");
        }
        // the external link, which may wrap over two lines (an annotation each)
        assertEquals(Set.of("https://example.org/minutes"), uris);
        // 4 in the contents, 3 in the first article, 2 in the source (its paragraph number and the way back)
        assertTrue(internal >= 9, "internal links: " + internal);
    }

    @Test
    void theContentsShowThePageEachPartBeginsOn() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String contents = page(doc, contents(doc));
            int previous = contents(doc);
            for (String title : SECTIONS) {
                int start = start(doc, title);
                assertTrue(start > previous, title + " begins on page " + start);
                previous = start;
                assertTrue(Pattern.compile("(?m)^" + Pattern.quote(title) + "[ .]*" + start + "\\s*$").matcher(contents).find(),
                        title + " on page " + start + " in:\n" + contents);
            }
            assertTrue(start(doc, "The budget – in brief") > start(doc, "The harbour vote") + 1, "the first part spans pages");
        }
    }

    /** The page of the contents: the first with a line "Contents". */
    private static int contents(PDDocument doc) throws IOException {
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            if (page(doc, i).lines().anyMatch(l -> l.strip().equals("Contents"))) {
                return i;
            }
        }
        return -1;
    }

    /** The first page after the contents whose first line (after the page number) is {@code title}, the part's heading. */
    private static int start(PDDocument doc, String title) throws IOException {
        for (int i = contents(doc) + 1; i <= doc.getNumberOfPages(); i++) {
            String number = String.valueOf(i);
            List<String> lines = page(doc, i).strip().lines().filter(l -> !l.strip().equals(number)).toList();
            if (!lines.isEmpty() && lines.get(0).strip().equals(title)) {
                return i;
            }
        }
        return -1;
    }

    private static String page(PDDocument doc, int n) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(n);
        stripper.setEndPage(n);
        return stripper.getText(doc);
    }

    @Test
    void theDocumentIsTaggedWithTheSiteTitleAndLanguage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "a structure tree");
            assertNotNull(catalog.getMarkInfo());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals("en-GB", catalog.getLanguage());
            assertEquals("The Harbour Dossier", doc.getDocumentInformation().getTitle());
            assertEquals("Council votes, cited.", doc.getDocumentInformation().getSubject());
            assertEquals("Dossier", doc.getDocumentInformation().getProducer());
            assertEquals(Instant.parse("1980-01-01T00:00:00Z"), doc.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(Instant.parse("1980-01-01T00:00:00Z"), doc.getDocumentInformation().getModificationDate().toInstant());
            // the trailer's ID: two equal 16-byte strings (a first save), from the input, not the clock
            var id = doc.getDocument().getDocumentID();
            assertEquals(2, id.size());
            assertEquals(16, ((org.apache.pdfbox.cos.COSString) id.getObject(0)).getBytes().length);
            assertEquals(id.getObject(0), id.getObject(1));
            // PDF/UA: every link has a description
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    assertFalse(a.getContents() == null || a.getContents().isBlank(), "a link without a description");
                }
            }
        }
    }

    @Test
    void typographyComesThrough() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            assertTrue(text.contains("The council’s vote is reported in the Gazette, and the budget is in the next article"), text);
            for (String s : List.of("–", "—", "“", "”", "…", "¶4", "’")) {
                assertTrue(text.contains(s), s);
            }
            assertTrue(text.contains("1.5 m"), "the table");
        }
    }

    @Test
    void theSameInputGivesTheSameBytesLater() throws IOException, InterruptedException {
        Thread.sleep(1100);
        assertArrayEquals(pdf, PdfEdition.bytes(CONFIG, EMPTY, site));
        byte[] other = PdfEdition.bytes(new SiteConfig("Another", "", "en", Set.of(), null, "example.org,2026", Map.of(), Map.of()), EMPTY, site);
        assertFalse(java.util.Arrays.equals(pdf, other), "the title is part of the input");
    }

    @Test
    void nothingOutsideTheSiteIsReadOrFetchedAndNothingIsPrinted() throws IOException {
        assertEquals(0, requests.get(), "HTTP requests");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertFalse(new PDFTextStripper().getText(doc).contains("LEAKED"), "the stylesheet outside the site was read");
        }
        assertEquals("", stderr);
        try (var files = Files.list(tmp.resolve("font-cache"))) {
            assertEquals(List.of(), files.toList(), "PDFBox scanned the system's fonts");
        }
        Path root = site.toAbsolutePath().normalize();
        assertTrue(PdfEdition.inside(root, root.resolve("css/print.css").toUri().toString()));
        assertFalse(PdfEdition.inside(root, root.resolve("../outside.css").toUri().toString()));
        assertFalse(PdfEdition.inside(root, "file:///etc/passwd"));
        assertFalse(PdfEdition.inside(root, "http://example.com/x.png"));
        assertFalse(PdfEdition.inside(root, "jar:file:/x.jar!/y.css"));
    }

    @Test
    void aMissingPrintPageIsReported() {
        Report report = new Report();
        assertEquals(0, PdfEdition.write(CONFIG, EMPTY, tmp.resolve("nowhere"), report));
        assertTrue(report.hasErrors());
        assertTrue(report.diagnostics().get(0).message().startsWith("cannot write dossier.pdf: "), report.diagnostics().toString());
    }

    @Test
    void writeWritesTheFile() throws IOException {
        Report report = new Report();
        assertEquals(1, PdfEdition.write(CONFIG, EMPTY, site, report));
        assertArrayEquals(pdf, Files.readAllBytes(site.resolve(PdfEdition.FILE)));
    }
}
