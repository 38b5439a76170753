package dossier.publish;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The PDF outline (bookmarks) of the print edition, made from print.html's table of contents,
 * {@code nav.print-toc}: openhtmltopdf turns a {@code <bookmarks>} element in {@code <head>} into
 * the PDF outline, so the contents are copied there, nested as the list is. A section heading
 * ({@code <li><span>Articles</span><ol>…}) points at its first entry, since a bookmark needs a target.
 */
final class PrintOutline {
    static final String TOC = "nav.print-toc";

    private PrintOutline() {
    }

    /** Adds {@code <bookmarks>} to the head of {@code doc} from its contents; nothing when it has none. */
    static void addTo(Document doc) {
        doc.head().select("bookmarks").remove();
        Element list = doc.selectFirst(TOC + " > ol");
        if (list == null) {
            return;
        }
        Element bookmarks = doc.head().appendElement("bookmarks");
        copy(list, bookmarks);
        if (bookmarks.childrenSize() == 0) {
            bookmarks.remove();
        }
    }

    private static void copy(Element ol, Element into) {
        for (Element li : ol.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            Element label = li.children().stream().filter(e -> e.normalName().equals("a") || e.normalName().equals("span")).findFirst()
                    .orElse(null);
            Element target = label != null && label.normalName().equals("a") ? label : li.selectFirst("a[href^=#]");
            if (label == null || target == null || !target.attr("href").startsWith("#")) {
                continue;
            }
            Element bookmark = into.appendElement("bookmark").attr("name", label.text().strip()).attr("href", target.attr("href"));
            Element nested = li.children().stream().filter(e -> e.normalName().equals("ol") || e.normalName().equals("ul")).findFirst()
                    .orElse(null);
            if (nested != null) {
                copy(nested, bookmark);
            }
        }
    }
}
