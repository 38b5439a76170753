package dossier.publish;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dossier.config.SiteConfig;
import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Severity;
import dossier.diag.Report;
import dossier.model.Dossier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * dossier.pdf, the print edition: the site's one-page print edition (print.html) set on A4 pages
 * by openhtmltopdf (on PDFBox), with the site's stylesheets and the theme's css/print.css (page
 * size, running page numbers, the contents' page numbers). Tagged (PDF/UA) with the site's title
 * and language; its outline is the print page's table of contents ({@link PrintOutline}).
 * Liberation Serif and Sans, from the class path, are embedded (subset) under the generic names the
 * stylesheets fall back to, so no text is set in a PDF base-14 font, which a PDF does not carry.
 *
 * <p>Nothing is read but the site folder and the class path: every URI the page refers to is
 * refused unless it is a {@code file:} inside the site (an image on the web is left out, never
 * fetched). The same input gives the same bytes ({@link PdfSave}): fixed dates (the sources' latest,
 * {@link EditionDate}), a fixed producer, an {@code /ID} from the input's digest.
 *
 * <p>It costs: the shipped dossier's print.html (1.4 MB, 206 pages, 2.3 MB of PDF) takes about
 * 8 s of CPU in a fresh JVM and 3.5 s once warm; openhtmltopdf and PDFBox add 5.8 MB to the jar.
 */
public final class PdfEdition {
    public static final String FILE = "dossier.pdf";
    static final String SOURCE = "print.html";
    static final String PRINT_STYLE = "css/print.css";
    private static final String FONTS = "/liberation/";

    static {
        // openhtmltopdf logs through java.util.logging by default; the bake prints our diagnostics only
        XRLog.setLoggingEnabled(false);
        FontMappers.set(PdfFonts.MAPPER);
    }

    private PdfEdition() {
    }

    /** Writes {@code site}/dossier.pdf from {@code site}/print.html; @return 1 if written, 0 after reporting why not. */
    public static int write(SiteConfig config, Dossier dossier, Path site, Report report) {
        return EditionPages.write(site, FILE, report, () -> {
            Path root = site.toAbsolutePath().normalize();
            byte[] html = Files.readAllBytes(root.resolve(SOURCE));
            Prepared print = prepared(config, root, html);
            warnOfMissingGlyphs(print.missing(), dossier, report);
            return render(config, dossier, root, html, print.doc());
        });
    }

    static byte[] bytes(SiteConfig config, Dossier dossier, Path site) throws IOException {
        Path root = site.toAbsolutePath().normalize();
        byte[] html = Files.readAllBytes(root.resolve(SOURCE));
        return render(config, dossier, root, html, prepared(config, root, html).doc());
    }

    /** print.html made ready to render, and per section the characters its fonts lack (now □ in it). */
    private record Prepared(Document doc, Map<String, SortedSet<Integer>> missing) {
    }

    /** print.html as the PDF sets it: titled, its stylesheet linked, what cannot be drawn left out, links described, the outline added. */
    private static Prepared prepared(SiteConfig config, Path root, byte[] html) throws IOException {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), root.resolve(SOURCE).toUri().toString());
        doc.title(config.title());
        doc.selectFirst("html").attr("lang", config.language());
        // openhtmltopdf's document subject (and the XMP description PDF/UA asks for)
        doc.head().select("meta[name=subject]").remove();
        if (config.description() != null && !config.description().isBlank()) {
            doc.head().appendElement("meta").attr("name", "subject").attr("content", config.description());
        }
        if (doc.head().select("link[rel~=stylesheet][href$=" + PRINT_STYLE + "]").isEmpty()) {
            doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", PRINT_STYLE);
        }
        // no SVG drawer is installed (the graph is for screens): its labels would spill as loose words
        doc.select("script, noscript, template, svg").remove();
        // PDF/UA: a link annotation's description (/Contents) is its element's title: its label, or its text
        for (Element a : doc.select("a[href]:not([title])")) {
            String description = a.hasAttr("aria-label") ? a.attr("aria-label") : a.text().strip();
            if (!description.isBlank()) {
                a.attr("title", description);
            }
        }
        // the theme's back-link arrow (↩) is not in Liberation: ↑ says the same on paper
        for (Element e : doc.select(".cited-at, .cited-at *")) {
            e.textNodes().forEach(t -> t.text(t.getWholeText().replace("\u21a9", "\u2191")));
        }
        PrintOutline.addTo(doc);
        return new Prepared(doc, PdfGlyphs.markMissing(doc));
    }

    private static byte[] render(SiteConfig config, Dossier dossier, Path root, byte[] html, Document doc) throws IOException {
        String base = root.resolve(SOURCE).toUri().toString();
        byte[] digest = digest(root, html, doc, config.title() + "\n" + config.language() + "\n" + EditionDate.iso(dossier));

        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(pdf)
                    .withW3cDocument(new W3CDom().fromJsoup(doc), base)
                    .usePdfUaAccessibility(true)
                    .withProducer(PdfSave.PRODUCER)
                    // resources: a file inside the site, or nothing (links are not resources: they stay)
                    .useExternalResourceAccessControl((uri, type) -> inside(root, uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useHttpStreamImplementation(REFUSE);
            // openhtmltopdf looks the generic families up as Serif, SansSerif and Monospaced, and ends every
            // font list with Serif: so no text falls to a base-14 font (PDF/UA mode would drop it unset)
            font(builder, "LiberationSerif", "Serif");
            font(builder, "LiberationSans", "SansSerif");
            font(builder, "LiberationSans", "system-ui");
            // code (source ids, hashes, link targets) in its regular face only: the theme sets no bold or italic code
            face(builder, "LiberationMono-Regular", "Monospaced", 400, FontStyle.NORMAL);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            if (pdf.getDocumentCatalog().getStructureTreeRoot() != null) {
                describeLinks(pdf.getDocumentCatalog().getStructureTreeRoot().getKids());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            PdfSave.save(pdf, config, EditionDate.instant(dossier), digest, out);
            return out.toByteArray();
        }
    }

    /**
     * A warning for each page whose text has characters the PDF's fonts lack (they would be left
     * out of it), at the page's own file where there is one (a generated page's at the PDF).
     */
    private static void warnOfMissingGlyphs(Map<String, SortedSet<Integer>> missing, Dossier dossier, Report report) {
        if (missing.isEmpty()) {
            return;
        }
        Map<String, String> files = new HashMap<>();
        dossier.pages().forEach(page -> files.put(PrintEdition.anchor(page.uri()), page.path()));
        dossier.sources().forEach(source -> files.put(PrintEdition.anchor(Dossier.sourceUri(source)), source.path()));
        missing.forEach((section, characters) -> report.add(new Diagnostic("pdf-glyphs", Severity.WARNING,
                files.getOrDefault(section, FILE), Position.START,
                FILE + " cannot show " + (characters.size() == 1 ? "a character" : characters.size() + " characters") + " of this page: "
                        + PdfGlyphs.shown(characters) + "; its fonts (Liberation Serif and Sans) have no glyphs for them, so it shows □ for each",
                "the site and the EPUB leave fonts to the reader's device; for the PDF, give the words in Latin letters as well, or bake without it")));
    }

    /** The four faces of a Liberation family under {@code family}, embedded as subsets. */
    private static void font(PdfRendererBuilder builder, String file, String family) throws IOException {
        for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
            for (int weight : new int[] {400, 700}) {
                String face = weight == 700 ? (style == FontStyle.ITALIC ? "BoldItalic" : "Bold") : style == FontStyle.ITALIC ? "Italic" : "Regular";
                face(builder, file + "-" + face, family, weight, style);
            }
        }
    }

    private static void face(PdfRendererBuilder builder, String name, String family, int weight, FontStyle style) throws IOException {
        byte[] ttf = PdfFonts.ttf(FONTS + name + ".ttf");
        builder.useFont(() -> new ByteArrayInputStream(ttf), family, weight, style, true);
    }

    /**
     * PDF/UA (7.18.5) asks each link annotation for a description in its /Contents: openhtmltopdf
     * puts the link's title on its structure element (/Alt) alone, so it is copied to the annotations.
     */
    private static void describeLinks(List<Object> kids) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Link".equals(element.getStructureType()) && element.getAlternateDescription() != null) {
                    for (Object k : element.getKids()) {
                        if (k instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotation annotation
                                && annotation.getContents() == null) {
                            annotation.setContents(element.getAlternateDescription());
                        }
                    }
                }
                describeLinks(element.getKids());
            }
        }
    }

    /** Whether {@code uri} names a file inside {@code root}, symbolic links followed. */
    static boolean inside(Path root, String uri) {
        try {
            URI u = new URI(uri);
            if (!"file".equalsIgnoreCase(u.getScheme()) || u.getAuthority() != null) {
                return false;
            }
            Path path = Path.of(u).normalize();
            if (!path.startsWith(root)) {
                return false;
            }
            return !Files.exists(path) || path.toRealPath().startsWith(root.toRealPath());
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** No network: whatever gets past the access control gets nothing. */
    private static final FSStreamFactory REFUSE = url -> new FSStream() {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public Reader getReader() {
            return null;
        }
    };

    /** The input's digest: the page, every stylesheet it links inside the site, and {@code settings} (title, language, date). */
    private static byte[] digest(Path root, byte[] html, Document doc, String settings) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(html);
            for (Element link : doc.head().select("link[rel~=stylesheet][href]")) {
                String uri = link.absUrl("href");
                if (inside(root, uri)) {
                    Path css = Path.of(URI.create(uri));
                    if (Files.isRegularFile(css)) {
                        sha.update(Files.readAllBytes(css));
                    }
                }
            }
            sha.update(settings.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
