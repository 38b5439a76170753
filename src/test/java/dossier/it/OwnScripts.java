package dossier.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The site's own script elements: the search script and index, the offline copy's note
 * (js/offline.js), the previews script, on a page with a graph the graph's script, each loaded
 * from the site itself with defer, and a page's preview data (JSON in a script element that never
 * runs, with every "<" escaped). Tests that prove no content can inject a script look past these.
 */
final class OwnScripts {
    private static final String SRC = "(?:\\.\\./)*(?:search-index\\.js|js/search\\.js|js/offline\\.js|js/previews\\.js|js/graph\\.js)";
    private static final Pattern SRC_PATTERN = Pattern.compile(SRC);
    private static final Pattern TAG = Pattern.compile("<script src=\"" + SRC + "\" defer></script>"
            + "|<script type=\"application/json\" id=\"preview-data\">[^<]*</script>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OwnScripts() {
    }

    /** The page's script elements other than the site's own. */
    static List<Element> foreign(Document page) {
        return page.select("script").stream().filter(s -> !isOwn(s)).toList();
    }

    /** Page text without the site's own script elements, to search it for injected ones. */
    static String strip(String html) {
        return TAG.matcher(html).replaceAll("");
    }

    private static boolean isOwn(Element script) {
        if (script.attributesSize() == 2 && script.attr("type").equals("application/json") && script.id().equals("preview-data")) {
            return isJson(script.data()) && !script.data().contains("<");
        }
        return script.attributesSize() == 2 && script.hasAttr("defer") && SRC_PATTERN.matcher(script.attr("src")).matches()
                && script.data().isEmpty();
    }

    private static boolean isJson(String text) {
        try {
            return JSON.readTree(text).isObject();
        } catch (IOException e) {
            return false;
        }
    }
}
