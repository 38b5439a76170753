package dossier.publish;

import dossier.config.SiteConfig;
import dossier.diag.Report;
import dossier.model.Dossier;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dossier.publish.EditionPages.attr;
import static dossier.publish.EditionPages.text;

/**
 * print.html, the print edition (as mdBook writes one): the whole dossier on one page, in reading
 * order ({@link EditionPages#order}), a table of contents first, each page a section. Every link
 * between pages the edition holds points inside it: each section's ids are prefixed with the
 * section's own ({@code p-articles_x--references}), so ids of different pages cannot collide and
 * {@code ../entities/x.html#y} becomes {@code #p-entities_x--y}. Links to pages it does not hold
 * (tags, search, the graph) are reduced to their text; links out of the site are kept. The PDF
 * edition ({@link PdfEdition}) is made from this file, with {@code css/print.css}.
 */
public final class PrintEdition {
    public static final String FILE = "print.html";
    /** The attributes that name other elements by id, which move with the ids they name. */
    private static final List<String> ID_REFERENCES = List.of("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns",
            "for", "headers", "list");

    private PrintEdition() {
    }

    /** Writes {@code site}/print.html from the pages rendered into {@code site}; @return 1 if written, 0 after reporting why not. */
    public static int write(SiteConfig config, Dossier dossier, Path site, Report report) {
        return EditionPages.write(site, FILE, report, () -> html(config, dossier, site).getBytes(StandardCharsets.UTF_8));
    }

    static String html(SiteConfig config, Dossier dossier, Path site) throws IOException {
        List<EditionPages.Chapter> pages = EditionPages.read(dossier, site);
        Map<String, String> anchors = anchors(pages);
        Map<String, Set<String>> ids = EditionPages.ids(pages);
        StringBuilder sections = new StringBuilder();
        for (EditionPages.Chapter page : pages) {
            String anchor = anchors.get(page.path());
            EditionPages.rewriteLinks(page, (target, fragment) -> Optional.ofNullable(anchors.get(target))
                    .map(to -> "#" + (ids.get(target).contains(fragment) ? to + "--" + fragment : to)));
            prefixIds(page.main(), anchor);
            carryImages(page);
            page.main().ownerDocument().outputSettings().prettyPrint(false); // as rendered: no whitespace of jsoup's own
            sections.append("<section class=\"print-page\" id=\"").append(anchor).append("\">\n")
                    .append(page.main().html()).append("\n</section>\n");
        }
        String title = config.title();
        String description = config.description() == null || config.description().isBlank() ? "" : config.description();
        return "<!DOCTYPE html>\n<html lang=\"" + attr(config.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                // every page's words again: search engines keep to the pages themselves (as mdBook's print page asks)
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + text(title) + "</title>\n"
                + (description.isEmpty() ? "" : "<meta name=\"description\" content=\"" + attr(description) + "\">\n")
                + "<link rel=\"stylesheet\" href=\"css/dossier.css\">\n<link rel=\"stylesheet\" href=\"css/print.css\">\n"
                + "</head>\n<body class=\"print-edition\">\n"
                + "<header class=\"print-cover\">\n<h1>" + text(title) + "</h1>\n"
                + (description.isEmpty() ? "" : "<p>" + text(description) + "</p>\n") + "</header>\n"
                + contents(pages, anchors) + "<main>\n" + sections + "</main>\n</body>\n</html>\n";
    }

    /** Each page's section id: {@code p-} and its path without .html, any other character than a letter, digit or - made _. */
    private static Map<String, String> anchors(List<EditionPages.Chapter> pages) {
        Map<String, String> anchors = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (EditionPages.Chapter page : pages) {
            String base = anchor(page.path());
            String anchor = base;
            for (int n = 2; !taken.add(anchor); n++) {
                anchor = base + "-" + n;
            }
            anchors.put(page.path(), anchor);
        }
        return anchors;
    }

    /** A page's section id, before any suffix that keeps it unique: "p-articles_x" for articles/x.html. */
    static String anchor(String path) {
        return "p-" + path.replaceAll("\\.html$", "").replaceAll("[^A-Za-z0-9-]", "_");
    }

    /** Every id in the section, and every reference to one, prefixed with the section's anchor. */
    private static void prefixIds(Element main, String anchor) {
        for (Element e : main.getAllElements()) {
            if (e.hasAttr("id")) {
                e.attr("id", anchor + "--" + e.id());
            }
            for (String name : ID_REFERENCES) {
                if (e.hasAttr(name)) {
                    e.attr(name, String.join(" ", java.util.Arrays.stream(e.attr(name).trim().split("\\s+"))
                            .map(id -> anchor + "--" + id).toList()));
                }
            }
            String href = e.hasAttr("href") && !e.normalName().equals("a") ? e.attr("href") : "";
            if (href.startsWith("#")) {
                e.attr("href", "#" + anchor + "--" + href.substring(1)); // an SVG <use>
            }
        }
    }

    /** Images of the site kept, their paths made relative to print.html at the root; images from elsewhere dropped (no network). */
    private static void carryImages(EditionPages.Chapter page) {
        for (Element e : page.main().select("[src]")) {
            String src = e.attr("src");
            if (EditionPages.isAbsolute(src) || src.startsWith("//")) {
                e.remove();
            } else {
                e.attr("src", EditionPages.resolve(page.path(), src));
            }
        }
    }

    /** The table of contents: the pages in order, those of one folder grouped under its name. */
    private static String contents(List<EditionPages.Chapter> pages, Map<String, String> anchors) {
        StringBuilder toc = new StringBuilder("<nav class=\"print-toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        String open = "";
        for (EditionPages.Chapter page : pages) {
            if (!page.section().equals(open)) {
                if (!open.isEmpty()) {
                    toc.append("</ol></li>\n");
                }
                if (!page.section().isEmpty()) {
                    toc.append("<li><span>").append(text(EditionPages.sectionName(page.section()))).append("</span><ol>\n");
                }
                open = page.section();
            }
            toc.append("<li><a href=\"#").append(anchors.get(page.path())).append("\">").append(text(page.title())).append("</a></li>\n");
        }
        if (!open.isEmpty()) {
            toc.append("</ol></li>\n");
        }
        return toc.append("</ol>\n</nav>\n").toString();
    }
}
