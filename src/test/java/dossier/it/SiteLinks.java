package dossier.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a baked site with jsoup and lists every link that is absolute or does not resolve. */
final class SiteLinks {
    private static final Pattern EXTERNAL = Pattern.compile("^https?://.*");
    private final Path root;
    private final Map<String, Document> pages = new HashMap<>();

    /** The one link an offline copy cannot keep: the copy itself (js/offline.js says so instead of showing it). */
    private static final String OFFLINE_ZIP = "dossier-offline.zip";
    private final boolean offline;

    SiteLinks(Path root) {
        this(root, false);
    }

    /** The pages of an unzipped offline copy, which links the zip it came in but cannot hold it. */
    static SiteLinks offlineCopy(Path root) {
        return new SiteLinks(root, true);
    }

    private SiteLinks(Path root, boolean offline) {
        this.offline = offline;
        this.root = root;
        for (String file : Sites.files(root)) {
            if (file.endsWith(".html")) {
                pages.put(file, parse(root.resolve(file)));
            }
        }
    }

    Map<String, Document> pages() {
        return pages;
    }

    Document page(String file) {
        return pages.get(file);
    }

    /** Problems as "page: href: why"; external links must be http(s) and marked rel=external. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (var entry : pages.entrySet()) {
            String from = entry.getKey();
            for (Element element : entry.getValue().select("[href], [src]")) {
                String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = check(from, element, href);
                if (problem != null) {
                    problems.add(from + ": " + href + ": " + problem);
                }
            }
        }
        problems.sort(null);
        return problems;
    }

    private String check(String from, Element element, String href) {
        if (offline && element.parents().hasClass("offline-copy") && href.endsWith(OFFLINE_ZIP)) {
            return null;
        }
        if (EXTERNAL.matcher(href).matches()) {
            return element.attr("rel").contains("external") ? null : "external link without rel=external";
        }
        if (href.startsWith("/") || href.contains("://") || href.startsWith("//")) {
            return "absolute link";
        }
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        String target = path.isEmpty() ? from : URI.create("site:/" + from).resolve(path).getPath().substring(1);
        if (!Files.isRegularFile(root.resolve(target))) {
            return "no such file " + target;
        }
        if (fragment != null && !fragment.isEmpty()) {
            Document doc = pages.get(target);
            if (doc == null || doc.getElementById(fragment) == null) {
                return "no element #" + fragment + " in " + target;
            }
        }
        return null;
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
