package dossier.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a saved web page ("Save page as…", curl): the metadata its head states
 * ({@link HtmlPageMeta}) and the text of its article ({@link ArticleRoot}, {@link HtmlBlocks}),
 * without the site's navigation, related stories, footers or scripts.
 */
public final class HtmlPageReader implements FormatReader {
    static final String FORMAT = "html-page";
    private static final Pattern HTML_START = Pattern.compile("(?s)<html(?:[\\s>].*)?");
    private static final Pattern HEAD_OR_BODY = Pattern.compile("(?i)<(?:head|body)[\\s>/]");

    @Override
    public String format() {
        return FORMAT;
    }

    /** A page starts with a doctype or html tag (after blanks, comments, an XML prolog) or has a head or body tag. */
    @Override
    public boolean accepts(String text) {
        int restAt = prologEnd(text);
        if (text.startsWith("{", restAt) || text.startsWith("[", restAt)) {
            return false; // JSON (a WordPress export) that carries HTML inside a string
        }
        String start = text.substring(restAt, Math.min(text.length(), restAt + 16)).toLowerCase(Locale.ROOT);
        // every tag starts with '<': text without one (plain text) is not searched for a head or body tag
        return start.startsWith("<!doctype html") || HTML_START.matcher(start).matches()
                || text.indexOf('<') >= 0 && HEAD_OR_BODY.matcher(text).find();
    }

    @Override
    public ImportedText read(String text) {
        try {
            Document doc = Jsoup.parse(text);
            ArticleRoot.Choice article = ArticleRoot.of(doc);
            HtmlPageMeta meta = HtmlPageMeta.read(doc, article.element());
            List<String> notes = new ArrayList<>(meta.notes);
            List<Block> blocks = blocks(article.element());
            switch (article.how()) {
                case "paragraphs" -> notes.add("the page marks no article (<article>, articleBody or <main>): the text"
                        + " is taken from the element with the most paragraph text, " + describe(article.element()));
                case "body" -> notes.add("the page marks no article and has no paragraphs: the text is the whole body");
                default -> { }
            }
            if (blocks.isEmpty()) {
                notes.add("no text: the page holds no article text");
            }
            return new ImportedText(FORMAT, meta.stated, blocks, notes);
        } catch (RuntimeException e) { // a last guard: readers report, they never throw
            return new ImportedText(FORMAT, Map.of(), List.of(), List.of("the page could not be read: " + e));
        }
    }

    /**
     * The article's blocks. Its headline (first h1) is the title, not a block. Its header (headline,
     * byline, date) is dropped with the other page furniture, except a standfirst, which is article text.
     */
    private static List<Block> blocks(Element article) {
        Element copy = article.clone();
        Element headline = copy.selectFirst("h1");
        if (headline != null && headline != copy) {
            headline.remove();
        }
        for (Element header : copy.select("header")) {
            if (header == copy) {
                continue;
            }
            for (Element standfirst : header.select("*")) {
                if (standfirst != header && HtmlBlocks.namesStandfirst(standfirst) && !insideStandfirst(standfirst, header)) {
                    header.before(standfirst);
                }
            }
        }
        return HtmlBlocks.from(copy);
    }

    private static boolean insideStandfirst(Element el, Element stop) {
        for (Element e = el.parent(); e != null && e != stop; e = e.parent()) {
            if (HtmlBlocks.namesStandfirst(e)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Element el) {
        String id = el.id().isBlank() ? "" : " id=\"" + el.id() + "\"";
        String cls = id.isEmpty() && !el.className().isBlank() ? " class=\"" + el.className() + "\"" : "";
        return "<" + el.normalName() + id + cls + ">";
    }

    /** Where the markup starts: after white space, comments and an XML prolog (a loop: no regex backtracking). */
    private static int prologEnd(String text) {
        int pos = 0;
        while (pos < text.length()) {
            if (Character.isWhitespace(text.charAt(pos))) {
                pos++;
            } else if (text.startsWith("<!--", pos)) {
                int end = text.indexOf("-->", pos + 4);
                pos = end < 0 ? text.length() : end + 3;
            } else if (text.startsWith("<?xml", pos)) {
                int end = text.indexOf("?>", pos);
                pos = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        return pos;
    }
}
