package dossier.publish;

import dossier.config.SiteConfig;
import dossier.diag.Report;
import dossier.model.Dossier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static dossier.publish.EditionPages.attr;
import static dossier.publish.EditionPages.text;

/**
 * dossier.epub, the EPUB 3.3 edition, made from the pages the bake has just rendered (so it reads
 * as the site does): each page's {@code <main>} as an XHTML content document, without scripts,
 * forms or the preview data; links between pages the edition holds rewritten to its documents,
 * links to pages it does not hold (tags, search, the graph) reduced to their text, links out of the
 * site kept. Written with {@link ZipWriter} (no EPUB library on Maven Central is maintained):
 * {@code mimetype} first and stored, every entry's time the zip epoch, so the same site gives the
 * same bytes. {@code dcterms:modified} is the latest date among the sources' publication and
 * access dates (midnight UTC), never the clock; the identifier a name-based UUID of the base URL
 * (or the title).
 *
 * <p>Reading the rendered HTML (with jsoup, which {@code publish} may use for this alone) departs
 * from GUIDE §1's "no stage re-parses what an earlier one produced" on purpose: nothing is learnt
 * from the pages for the model; they are only re-serialised as XHTML, so the edition reads exactly
 * as the site does and no second set of templates can drift from it. Opt-in
 * ({@code bake --editions epub}): it adds about 0.7 s to the shipped dossier's bake.
 */
public final class EpubEdition {
    public static final String FILE = "dossier.epub";
    private static final String OPS = "OEBPS/";
    private static final String STYLE = "css/dossier.css";

    private EpubEdition() {
    }

    /** One content document: its name in the EPUB (under OEBPS/), its title and its body. */
    private record ContentDocument(String name, String title, Element main) {
    }

    /**
     * Writes {@code site}/dossier.epub from the rendered pages in {@code site}; @return 1 if
     * written, 0 after reporting why not.
     */
    public static int write(SiteConfig config, Dossier dossier, Path site, Report report) {
        return EditionPages.write(site, FILE, report, () -> bytes(config, dossier, site));
    }

    static byte[] bytes(SiteConfig config, Dossier dossier, Path site) throws IOException {
        List<EditionPages.Chapter> pages = EditionPages.read(dossier, site);
        Map<String, String> names = new HashMap<>();
        pages.forEach(page -> names.put(page.path(), xhtml(page.path())));
        Map<String, Set<String>> ids = EditionPages.ids(pages);
        Map<String, ContentDocument> chapters = new LinkedHashMap<>();
        for (EditionPages.Chapter page : pages) {
            String from = names.get(page.path());
            EditionPages.rewriteLinks(page, (target, fragment) -> Optional.ofNullable(names.get(target)).map(name -> {
                boolean known = !fragment.isEmpty() && ids.get(target).contains(fragment);
                return known && target.equals(page.path()) ? "#" + fragment : EditionPages.relative(from, name) + (known ? "#" + fragment : "");
            }));
            page.main().select("[src]").remove(); // images of the site are not carried
            clean(page.main());
            chapters.put(page.path(), new ContentDocument(from, page.title(), page.main()));
        }

        String title = config.title();
        String language = config.language();
        String identifier = "urn:uuid:" + UUID.nameUUIDFromBytes(("dossier:" + (config.baseUrl() != null ? config.baseUrl() : title))
                .getBytes(StandardCharsets.UTF_8));
        String modified = EditionDate.iso(dossier);

        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        ZipWriter zip = new ZipWriter(buffer);
        stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        deflated(zip, "META-INF/container.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "<rootfiles><rootfile full-path=\"" + OPS + "package.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles>\n"
                + "</container>\n").getBytes(StandardCharsets.UTF_8));

        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        manifest.append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        manifest.append("<item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        manifest.append("<item id=\"style\" href=\"" + STYLE + "\" media-type=\"text/css\"/>\n");
        spine.append("<itemref idref=\"cover\"/>\n<itemref idref=\"nav\"/>\n");
        int n = 0;
        Map<String, byte[]> documents = new LinkedHashMap<>();
        for (ContentDocument chapter : chapters.values()) {
            String id = "d" + (++n);
            boolean svg = !chapter.main().select("svg").isEmpty();
            manifest.append("<item id=\"").append(id).append("\" href=\"").append(chapter.name())
                    .append("\" media-type=\"application/xhtml+xml\"").append(svg ? " properties=\"svg\"" : "").append("/>\n");
            spine.append("<itemref idref=\"").append(id).append("\"/>\n");
            documents.put(chapter.name(), document(chapter.name(), chapter.title(), language, chapter.main()));
        }
        String opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\" xml:lang=\"" + attr(language) + "\">\n"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:identifier id=\"id\">" + text(identifier) + "</dc:identifier>\n"
                + "<dc:title>" + text(title) + "</dc:title>\n"
                + "<dc:language>" + text(language) + "</dc:language>\n"
                + (config.description() == null || config.description().isBlank() ? "" : "<dc:description>" + text(config.description()) + "</dc:description>\n")
                + "<meta property=\"dcterms:modified\">" + modified + "</meta>\n"
                + "</metadata>\n<manifest>\n" + manifest + "</manifest>\n<spine>\n" + spine + "</spine>\n</package>\n";
        deflated(zip, OPS + "package.opf", opf.getBytes(StandardCharsets.UTF_8));
        deflated(zip, OPS + "cover.xhtml", document("cover.xhtml", title, language,
                "<section epub:type=\"cover\" class=\"cover\"><h1>" + text(title) + "</h1>"
                        + (config.description() == null ? "" : "<p>" + text(config.description()) + "</p>") + "</section>"));
        deflated(zip, OPS + "nav.xhtml", nav(title, language, chapters.values()));
        deflated(zip, OPS + STYLE, Files.readAllBytes(site.resolve(STYLE)));
        for (Map.Entry<String, byte[]> d : documents.entrySet()) {
            deflated(zip, OPS + d.getKey(), d.getValue());
        }
        zip.finish();
        return buffer.toByteArray();
    }

    /** The EPUB's name for a page: the same path, as .xhtml. */
    private static String xhtml(String page) {
        return page.substring(0, page.length() - ".html".length()) + ".xhtml";
    }

    /** Attributes of the web page that the EPUB's XHTML does not take. */
    private static void clean(Element main) {
        for (Element e : main.getAllElements()) {
            e.removeAttr("download");
            e.removeAttr("target");
            e.removeAttr("onclick");
            if (e.hasAttr("type") && e.normalName().equals("a")) {
                e.removeAttr("type");
            }
        }
    }

    /** An XHTML content document around HTML written here (the cover). */
    private static byte[] document(String name, String title, String language, String body) {
        return document(name, title, language, Jsoup.parse("<html><head></head><body>" + body + "</body></html>").body());
    }

    /**
     * An XHTML content document around the children of {@code body}, written as XML by jsoup
     * (their document's output settings are changed for it: it is read for nothing else after).
     */
    private static byte[] document(String name, String title, String language, Element body) {
        String up = "../".repeat((int) name.chars().filter(c -> c == '/').count());
        body.ownerDocument().outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        body.select("svg").attr("xmlns", "http://www.w3.org/2000/svg");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"" + attr(language)
                + "\" xml:lang=\"" + attr(language) + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + text(title) + "</title>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + up + STYLE + "\"/>\n</head>\n<body>\n"
                + body.html() + "\n</body>\n</html>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nav(String title, String language, java.util.Collection<ContentDocument> chapters) {
        StringBuilder toc = new StringBuilder();
        String section = null;
        for (ContentDocument c : chapters) {
            String folder = c.name().contains("/") ? c.name().substring(0, c.name().indexOf('/')) : "";
            if (!folder.equals(section == null ? "" : section)) {
                if (section != null && !section.isEmpty()) {
                    toc.append("</ol></li>\n");
                }
                if (!folder.isEmpty()) {
                    toc.append("<li><span>").append(text(EditionPages.sectionName(folder))).append("</span><ol>\n");
                }
                section = folder;
            } else if (section == null) {
                section = folder;
            }
            toc.append("<li><a href=\"").append(attr(c.name())).append("\">").append(text(c.title())).append("</a></li>\n");
        }
        if (section != null && !section.isEmpty()) {
            toc.append("</ol></li>\n");
        }
        String first = chapters.stream().filter(c -> c.name().startsWith("articles/")).map(ContentDocument::name).findFirst()
                .orElse(chapters.iterator().next().name());
        String body = "<nav epub:type=\"toc\" id=\"toc\"><h1>Contents</h1><ol>\n" + toc + "</ol></nav>\n"
                + "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\"><h2>Landmarks</h2><ol>\n"
                + "<li><a epub:type=\"cover\" href=\"cover.xhtml\">Cover</a></li>\n"
                + "<li><a epub:type=\"toc\" href=\"nav.xhtml\">Contents</a></li>\n"
                + "<li><a epub:type=\"bodymatter\" href=\"" + attr(first) + "\">Articles</a></li>\n</ol></nav>";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"" + attr(language)
                + "\" xml:lang=\"" + attr(language) + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>" + text(title) + "</title>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + STYLE + "\"/>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static void stored(ZipWriter zip, String name, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(data);
        zip.add(name, ZipWriter.STORED, crc.getValue(), data.length, List.of(data), new int[] {data.length});
    }

    private static void deflated(ZipWriter zip, String name, byte[] data) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(data);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] chunk = new byte[1 << 16];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
            byte[] bytes = out.toByteArray();
            zip.add(name, ZipWriter.DEFLATED, crc.getValue(), data.length, List.of(bytes), new int[] {bytes.length});
        } finally {
            deflater.end();
        }
    }
}
