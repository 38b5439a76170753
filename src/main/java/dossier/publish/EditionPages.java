package dossier.publish;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The pages an edition (the EPUB, the print edition) holds, in reading order, each as the
 * {@code <main>} the bake has just rendered, without what only a browser uses: scripts, forms, the
 * search box, the page's own contents list, the list of editions. Reading the rendered pages keeps
 * every edition reading exactly as the site does, with no second set of templates to drift from it.
 */
final class EditionPages {
    /** What a browser, and no edition, has a use for. */
    private static final String BROWSER_ONLY = "script, form, input, button, template, noscript, .skip-link, .draft-banner, .search,"
            + " [hidden], nav.toc, nav[aria-label=Contents], .editions, .offline-copy";

    /**
     * @param path  the page's path in the site ("articles/x.html")
     * @param title the page's heading (its {@code <h1>}), or its document title without one
     */
    record Chapter(String path, String title, Element main) {
        /** The folder a page is in, which editions use as its section: "articles", or "" at the top. */
        String section() {
            return path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
        }
    }

    private EditionPages() {
    }

    /**
     * The reading order: the home page, the site's own pages (about, overview) as its menu orders
     * them, the articles by date, the entity index and the entities by name, the timeline and the
     * figures, the sources by date, then the corrections. Only pages the bake wrote.
     */
    static List<String> order(Dossier dossier, Path site) {
        Set<String> order = new LinkedHashSet<>();
        order.add("index.html");
        dossier.pages(PageKind.PAGE).stream().sorted(Comparator.comparing(Page::title)).map(Page::uri).forEach(order::add);
        dossier.articlesByDate().stream().map(Page::uri).forEach(order::add);
        order.add(Dossier.ENTITIES_URI);
        dossier.pages(PageKind.ENTITY).stream()
                .sorted(Comparator.comparing((Page p) -> p.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(Page::uri))
                .map(Page::uri).forEach(order::add);
        order.add(Dossier.TIMELINE_URI);
        order.add(Dossier.FIGURES_URI);
        dossier.sources().stream().sorted(Dossier.BY_DATE).map(Dossier::sourceUri).forEach(order::add);
        order.add(Dossier.CORRECTIONS_URI);
        return order.stream().filter(p -> Files.isRegularFile(site.resolve(p))).toList();
    }

    /** The pages in reading order, each read from the site and cleaned of what only a browser uses. */
    static List<Chapter> read(Dossier dossier, Path site) throws IOException {
        List<Chapter> pages = new ArrayList<>();
        for (String path : order(dossier, site)) {
            Document doc = Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
            Element main = Optional.ofNullable(doc.selectFirst("main")).orElse(doc.body());
            main.select(BROWSER_ONLY).remove();
            Element h1 = main.selectFirst("h1");
            String title = h1 != null && !h1.text().isBlank() ? h1.text() : doc.title();
            pages.add(new Chapter(path, title, main));
        }
        return pages;
    }

    /** The ids each page has, by its path: a link's fragment is kept only where its page has the id. */
    static Map<String, Set<String>> ids(List<Chapter> pages) {
        Map<String, Set<String>> ids = new HashMap<>();
        for (Chapter page : pages) {
            Set<String> pageIds = new HashSet<>();
            page.main().select("[id]").forEach(e -> pageIds.add(e.id()));
            ids.put(page.path(), pageIds);
        }
        return ids;
    }

    /**
     * Rewrites the page's links into the site: {@code to} is given the page a link points to (its
     * path in the site) and the fragment ("" for none), and answers the new href, or nothing to
     * reduce the link to its text (a page the edition does not hold). Links out of the site are kept.
     */
    static void rewriteLinks(Chapter page, BiFunction<String, String, Optional<String>> to) {
        for (Element a : page.main().select("a[href]")) {
            String href = a.attr("href");
            if (isAbsolute(href)) {
                continue;
            }
            int hash = href.indexOf('#');
            String path = hash < 0 ? href : href.substring(0, hash);
            String fragment = hash < 0 ? "" : href.substring(hash + 1);
            Optional<String> rewritten = to.apply(path.isEmpty() ? page.path() : resolve(page.path(), path), fragment);
            if (rewritten.isPresent()) {
                a.attr("href", rewritten.get());
            } else {
                a.unwrap();
            }
        }
    }

    /** Whether a link has a scheme (https:, mailto:): out of the site. */
    static boolean isAbsolute(String href) {
        return href.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }

    /** {@code path} as written on {@code page}, as a path from the site's root. */
    static String resolve(String page, String path) {
        String base = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        List<String> out = new ArrayList<>();
        for (String p : (base + path).split("/")) {
            if (p.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else if (!p.equals(".") && !p.isEmpty()) {
                out.add(p);
            }
        }
        return String.join("/", out);
    }

    /** The relative link from the document {@code from} to the document {@code to}, both from the root. */
    static String relative(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder s = new StringBuilder();
        for (int i = common; i < a.length - 1; i++) {
            s.append("../");
        }
        for (int i = common; i < b.length; i++) {
            s.append(b[i]).append(i < b.length - 1 ? "/" : "");
        }
        return s.toString();
    }

    /** Text as XML/HTML character data. */
    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Text as a double-quoted attribute value. */
    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }

    /** A folder's name as a heading in an edition's contents. */
    static String sectionName(String folder) {
        return switch (folder) {
            case "articles" -> "Articles";
            case "entities" -> "Entities";
            case "sources" -> "Sources";
            default -> folder.isEmpty() ? "" : Character.toUpperCase(folder.charAt(0)) + folder.substring(1);
        };
    }

    /** An edition's bytes, made from the rendered site. */
    interface Made {
        byte[] bytes() throws IOException;
    }

    /**
     * Writes an edition's file into the site's root; @return 1 if written, 0 after reporting why
     * not (a half-written file stays in the staging folder, which the failed bake discards).
     */
    static int write(Path site, String file, Report report, Made made) {
        try {
            Files.write(site.resolve(file), made.bytes());
            return 1;
        } catch (IOException | RuntimeException e) {
            report.error("publish", file, Position.START, "cannot write " + file + ": " + e.getMessage());
            return 0;
        }
    }
}
