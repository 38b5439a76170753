package dossier.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The only scripts a page may have: the search index, the search script and, on a page with a
 * graph, the graph's script, each loaded from the site itself with defer. Tests that prove no
 * content can inject a script look past these.
 */
final class OwnScripts {
    private static final String SRC = "(?:\\.\\./)*(?:search-index\\.js|js/search\\.js|js/graph\\.js)";
    private static final Pattern SRC_PATTERN = Pattern.compile(SRC);
    private static final Pattern TAG = Pattern.compile("<script src=\"" + SRC + "\" defer></script>");

    private OwnScripts() {
    }

    /** The page's script elements other than the two of the site's own. */
    static List<Element> foreign(Document page) {
        return page.select("script").stream().filter(s -> !isOwn(s)).toList();
    }

    /** Page text without the two script tags, to search it for injected ones. */
    static String strip(String html) {
        return TAG.matcher(html).replaceAll("");
    }

    private static boolean isOwn(Element script) {
        return script.attributesSize() == 2 && script.hasAttr("defer") && SRC_PATTERN.matcher(script.attr("src")).matches()
                && script.data().isEmpty();
    }
}
