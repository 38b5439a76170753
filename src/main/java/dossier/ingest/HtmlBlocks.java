package dossier.ingest;

import dossier.source.SourceLink;
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
import java.util.Optional;
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
 *
 * <p>Links: each {@code a} with an {@code href} (or one whose opening tag an export stripped, see
 * {@link StrippedTags}) is kept with its block as a {@link SourceLink}: its words, where they stand in
 * the block's text, and its target as written (never followed, never made absolute) when it is a
 * web address (http, https), a mail address or relative; any other target ({@code javascript:},
 * {@code data:}, {@code file:}) is not kept, and the note names its scheme; a note also says when
 * the target was lost. A link that runs across a block boundary is not kept.
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
    private static final String STRIPPED = "data-dossier-stripped";
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

    /** A link in the current run: where its words start and end in the run, and its target or why it is not known. */
    record RunLink(int start, int end, String href, String note) {
    }

    /** An address with a scheme ("javascript:", "data:"), as a browser reads it: case and white space do not matter. */
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /** The schemes a record keeps; any other target (script, data, a local file) is named by its scheme only. */
    private static final Set<String> KEPT_SCHEMES = Set.of("http", "https", "mailto");

    /**
     * A link starting at {@code start}: its target as written when it is a web address, a mail
     * address or relative; a target with another scheme is not kept, and the note names the scheme.
     */
    static RunLink target(int start, String href) {
        String written = href.strip();
        String compact = written.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        java.util.regex.Matcher scheme = SCHEME.matcher(compact);
        if (scheme.find() && !KEPT_SCHEMES.contains(scheme.group(1))) {
            return new RunLink(start, -1, null, "The file's target is a \"" + scheme.group(1) + "\" address, which the record does not keep.");
        }
        return new RunLink(start, -1, written, null);
    }

    /** Collects the current run of text and ends it at every block boundary. */
    private static final class Collector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final Deque<String> kinds = new ArrayDeque<>();
        private final StringBuilder run = new StringBuilder();
        /** Per open a element: its start in the run, or null when it is not a link or began before the run. */
        private final Deque<Optional<RunLink>> openLinks = new ArrayDeque<>();
        private final List<RunLink> links = new ArrayList<>();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                run.append(text.getWholeText());
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("a")) {
                    openLinks.push(el.hasAttr(STRIPPED) ? Optional.of(new RunLink(run.length(), -1, null, SourceLink.TARGET_STRIPPED))
                            : el.hasAttr("href") ? Optional.of(target(run.length(), el.attr("href"))) : Optional.empty());
                } else if (tag.equals("br")) {
                    run.append(BREAK);
                } else if (BLOCK.contains(tag)) {
                    flush();
                    kinds.push(kindOf(el, kinds.isEmpty() ? Block.TEXT : kinds.peek()));
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el && el.normalName().equals("a") && !openLinks.isEmpty()) {
                openLinks.pop().ifPresent(l -> links.add(new RunLink(l.start(), run.length(), l.href(), l.note())));
            }
            if (node instanceof Element el && BLOCK.contains(el.normalName())) {
                flush();
                kinds.pop();
            }
        }

        void flush() {
            String kind = kinds.isEmpty() ? Block.TEXT : kinds.peek();
            java.util.regex.Matcher blank = BLANK_LINE.matcher(run);
            int from = 0;
            while (true) {
                boolean more = blank.find();
                int to = more ? blank.start() : run.length();
                piece(kind, from, to);
                if (!more) {
                    break;
                }
                from = blank.end();
            }
            run.setLength(0);
            links.clear();
            // a link still open began in the run just ended: it crosses a block boundary and is not kept
            int open = openLinks.size();
            openLinks.clear();
            for (int i = 0; i < open; i++) {
                openLinks.push(Optional.empty());
            }
        }

        private void piece(String kind, int from, int to) {
            String text = Whitespace.collapse(run.substring(from, to).replace(BREAK, ' '));
            if (text.isEmpty()) {
                return;
            }
            List<SourceLink> kept = new ArrayList<>();
            for (RunLink l : links) {
                if (l.start() < from || l.end() > to) {
                    continue;
                }
                String words = Whitespace.collapse(run.substring(l.start(), l.end()).replace(BREAK, ' '));
                // where the link's first word lands: the collapsed text before it, and one more character
                int at = Whitespace.collapse(run.substring(from, l.start()).replace(BREAK, ' ') + "x").length() - 1;
                if (!words.isEmpty() && text.startsWith(words, at)) {
                    kept.add(new SourceLink(words, text.codePointCount(0, at), l.href(), l.note()));
                }
            }
            blocks.add(new Block(kind, text, kept));
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
