package dossier.ingest;

import dossier.text.Whitespace;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns HTML into an article's blocks: every block-level element (p, h1–h6, li, blockquote,
 * figcaption, pre, …) and every run of text directly inside a container (div, section, article)
 * becomes one block of plain text. Inline markup is flattened, entities are decoded (by the
 * parser), white space is collapsed and empty blocks are dropped. Non-article elements are
 * removed first ({@link NonArticle}). Only text is read, never attributes, so event handlers,
 * styles, links and tracking pixels cannot reach a block.
 *
 * <p>Kinds: h1–h6 are "heading"; figcaption and table captions "caption"; an element whose class
 * names a standfirst (standfirst, dek, lede, strapline, subtitle, …) "standfirst"; a paragraph that
 * is entirely bold, at most 80 characters and without closing punctuation is a "heading" (editors
 * often make subheads that way); everything else "text". Nested blocks inherit the kind of the
 * block around them (a p inside a figcaption is a caption). Two or more consecutive br end a block;
 * one br is a space. Table cells are blocks of their own. Images contribute nothing (alt text is
 * not article text).
 */
public final class HtmlBlocks {
    private static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> STANDFIRST_WORDS = Set.of(
            "standfirst", "strapline", "dek", "deck", "lede", "subtitle", "subheadline", "summary");
    private static final int MAX_BOLD_HEADING = 80;
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile(".*[.!?…:;,][\"'”’»)\\]]*");
    /** Stands for a br inside a run of text; the parser never puts U+0000 in a text node. */
    private static final char BREAK = '\u0000';
    private static final Pattern BLANK_LINE = Pattern.compile(BREAK + "(?:[\\s\u00A0]*" + BREAK + ")+");

    private HtmlBlocks() {
    }

    /** The blocks of root's content; root itself is not changed. */
    public static List<Block> from(Element root) {
        Element copy = root.clone();
        NonArticle.strip(copy);
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, copy); // iterative: deep nesting cannot overflow the stack
        collector.flush();
        return collector.blocks;
    }

    /** Collects the current run of text and ends it at every block boundary. */
    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<String> kinds = new ArrayDeque<>();
        private final StringBuilder run = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                run.append(text.getWholeText());
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("br")) {
                    run.append(BREAK);
                } else if (BLOCK.contains(tag)) {
                    flush();
                    kinds.push(kindOf(el, kinds.isEmpty() ? Block.TEXT : kinds.peek()));
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el && BLOCK.contains(el.normalName())) {
                flush();
                kinds.pop();
            }
        }

        void flush() {
            String kind = kinds.isEmpty() ? Block.TEXT : kinds.peek();
            for (String piece : BLANK_LINE.split(run)) {
                String text = Whitespace.collapse(piece.replace(BREAK, ' '));
                if (!text.isEmpty()) {
                    blocks.add(new Block(kind, text));
                }
            }
            run.setLength(0);
        }
    }

    private static String kindOf(Element el, String inherited) {
        String tag = el.normalName();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return Block.HEADING;
        }
        if (tag.equals("figcaption") || tag.equals("caption")) {
            return Block.CAPTION;
        }
        if (namesStandfirst(el)) {
            return Block.STANDFIRST;
        }
        if (tag.equals("p") && isBoldSubhead(el)) {
            return Block.HEADING;
        }
        return inherited;
    }

    static boolean namesStandfirst(Element el) {
        for (String word : el.className().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (STANDFIRST_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A short paragraph whose every word is inside b or strong, without closing punctuation. */
    private static boolean isBoldSubhead(Element p) {
        String text = Whitespace.collapse(p.text());
        if (text.isEmpty() || text.length() > MAX_BOLD_HEADING || CLOSING_PUNCTUATION.matcher(text).matches()) {
            return false;
        }
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                texts.add(t);
            }
        }, p);
        return texts.stream().allMatch(t -> insideBold(t, p));
    }

    private static boolean insideBold(Node node, Element stop) {
        for (Element e = node.parent() instanceof Element parent ? parent : null; e != null && e != stop; e = e.parent()) {
            if (e.normalName().equals("b") || e.normalName().equals("strong")) {
                return true;
            }
        }
        return false;
    }
}
