package dossier.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dossier.diag.LineMap;
import dossier.text.ControlCharacters;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Span;
import dossier.yaml.YamlNode;
import dossier.yaml.YamlReader;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * flexmark set up once per build: parses pages into {@link ParsedPage}s and renders their trees.
 * Raw HTML in Markdown is escaped, never passed through: pages cannot inject markup or scripts.
 */
public final class MarkdownProcessor {
    /** Levels of the tree below the document; our walks and flexmark's renderer recurse once or more per level. */
    static final int MAX_NESTING = 100;
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownProcessor() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), DossierMarkdownExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        // an HTML comment is the editors' note (a draft's paragraphs to quote): never published, like Hugo's
        options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.toImmutable();
        // flexmark reads reference definitions ([x]: url) only with its own inline parser: registered again for ours
        this.parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Parses a page file's text. Front matter and body are read independently, so that an error in
     * one does not hide the errors in the other; empty only when the file has no body to read (its
     * front matter is not closed).
     */
    public Optional<ParseResult> parse(String path, String text, Report report) {
        Optional<FrontMatter> split = FrontMatter.split(text, path, report);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Optional<PageFields> fields = fm.yaml() == null ? Optional.empty() : fields(path, fm.yaml(), report);
        Document document = BodyLimits.check(path, fm.body(), fm.bodyLineOffset(), report) ? read(path, fm, report) : null;
        if (document == null) {
            // past a limit: the page stays in the model with its fields, so nothing that links to it fails as well
            document = parser.parse("");
        }
        ParsedPage page = new FactCollector(path, new LineMap(fm.body()), fm.bodyLineOffset(), report).collect(fields, document);
        return Optional.of(new ParseResult(page, document));
    }

    /** The body's tree, or null (reported) when it nests deeper than {@link #MAX_NESTING} levels. */
    private Document read(String path, FrontMatter fm, Report report) {
        Document document;
        try {
            document = parser.parse(fm.body());
        } catch (StackOverflowError e) {
            // a last resort: the limits are meant to keep every input away from here
            report.error("markdown-limit", path, Position.START.plusLines(fm.bodyLineOffset()),
                    "Markdown limit: the page body is too deeply nested to read");
            return null;
        }
        Node deep = Nodes.deeperThan(document, MAX_NESTING);
        if (deep != null) {
            report.error("markdown-limit", path, new LineMap(fm.body()).position(deep.getStartOffset()).plusLines(fm.bodyLineOffset()),
                    "Markdown limit: nested more than " + MAX_NESTING + " levels deep (each quote, list, list item, emphasis and link is a level)",
                    "flatten the quotes and lists");
            return null;
        }
        unclosedComments(path, fm, document, report);
        return document;
    }

    /**
     * An HTML comment that is never closed runs to the end of the page (or of its quote), and
     * comments are not published: everything after it would vanish without a word.
     */
    private static void unclosedComments(String path, FrontMatter fm, Document document, Report report) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof HtmlCommentBlock comment && !comment.getChars().toString().contains("-->")) {
                report.error("unclosed-comment", path, new LineMap(fm.body()).position(comment.getStartOffset()).plusLines(fm.bodyLineOffset()),
                        "this HTML comment is never closed, so it hides the rest of the page: close it with -->");
            }
        }
    }

    private static Optional<PageFields> fields(String path, String yamlText, Report report) {
        Optional<YamlNode> yaml = YamlReader.parse(yamlText, path, FrontMatter.YAML_LINE_OFFSET, report);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        if (!(yaml.get() instanceof YamlNode.Mapping mapping)) {
            report.error("front-matter", path, yaml.get().position(),
                    "front matter must be fields (name: value), found " + yaml.get().shape());
            return Optional.empty();
        }
        return Optional.of(FrontMatterReader.read(mapping, path, report));
    }

    /** Renders a parsed tree; the linker answers reference numbers and anchors. */
    String render(Document document, CitationLinker linker) {
        document.set(DossierMarkdownExtension.LINKER, linker);
        try {
            return renderer.render(document);
        } finally {
            document.remove(DossierMarkdownExtension.LINKER);
        }
    }

    /** Walks a page's tree once, in document order, numbering excerpts and citations. */
    private static final class FactCollector {
        private final String path;
        private final LineMap lines;
        private final int lineOffset;
        private final Report report;
        private final List<ExcerptFact> excerpts = new ArrayList<>();
        private final List<CitationFact> citations = new ArrayList<>();
        private final List<LinkFact> links = new ArrayList<>();
        private final List<WikiLinkFact> wikiLinks = new ArrayList<>();
        private final List<QuoteFact> quotes = new ArrayList<>();
        private int excerptDepth;
        private final PageText texts = new PageText();
        private final Set<String> citedKeys = new LinkedHashSet<>();

        FactCollector(String path, LineMap lines, int lineOffset, Report report) {
            this.path = path;
            this.lines = lines;
            this.lineOffset = lineOffset;
            this.report = report;
        }

        ParsedPage collect(Optional<PageFields> fields, Document document) {
            visit(document);
            return new ParsedPage(path, fields, excerpts, citations, links, wikiLinks, quotes, List.copyOf(citedKeys),
                    Prose.of(document, texts), Commentary.of(document, excerpts.size(), true, texts),
                    Commentary.of(document, excerpts.size(), false, texts), headings(document));
        }

        /**
         * The headings with the ids flexmark's renderer will give them: its own generator, run over
         * the same tree with the same options, so the table of contents links what the page holds.
         */
        private List<HeadingFact> headings(Document document) {
            HeaderIdGenerator ids = new HeaderIdGenerator();
            ids.generateIds(document);
            List<HeadingFact> headings = new ArrayList<>();
            for (Node node : document.getDescendants()) {
                if (node instanceof Heading heading) {
                    headings.add(new HeadingFact(heading.getLevel(), ids.getId(heading), texts.collapsed(heading).strip()));
                }
            }
            return headings;
        }

        private void visit(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Excerpt excerpt) {
                    excerpt(excerpt);
                    excerptDepth++;
                    visit(excerpt);
                    excerptDepth--;
                } else if (child instanceof CitationRef citation) {
                    citation.setOrdinal(citations.size());
                    List<CitationGrammar.ItemOffsets> offsets = offsets(citation);
                    for (int i = 0; i < citation.items().size(); i++) {
                        CitationItem item = citation.items().get(i);
                        CitationGrammar.ItemOffsets at = offsets.get(i);
                        citations.add(new CitationFact(citations.size(), item.key(), item.locator(), position(citation),
                                span(citation, 1 + at.keyStart(), 1 + at.keyEnd()), span(citation, 1 + at.locatorStart(), 1 + at.locatorEnd())));
                        if (!item.key().isEmpty()) {
                            citedKeys.add(item.key());
                        }
                    }
                } else if (child instanceof WikiLinkRef wikiLink) {
                    wikiLink.setOrdinal(wikiLinks.size());
                    wikiLinks.add(new WikiLinkFact(wikiLink.ordinal(), wikiLink.target(), wikiLink.shown(), position(wikiLink), context(wikiLink),
                            targetSpan(wikiLink)));
                } else {
                    if (child instanceof HtmlEntity entity) {
                        // "&#x202E;" or "&#1;" decodes to what the file's text may not hold
                        ControlCharacters.checkValue(Escaping.unescapeString(entity.getChars().toString()),
                                "character reference '" + entity.getChars() + "'", path, position(entity), report);
                    }
                    if (child instanceof Link link) {
                        links.add(new LinkFact(link.getUrl().toString(), position(link), context(link)));
                    } else if (child instanceof Image image) {
                        links.add(new LinkFact(image.getUrl().toString(), position(image)));
                    } else if (child instanceof Reference reference) {
                        // the target of reference-style links: [text][name] … [name]: url
                        links.add(new LinkFact(reference.getUrl().toString(), position(reference)));
                    }
                    visit(child);
                    if (child instanceof Paragraph paragraph && excerptDepth == 0) {
                        // after the visit: the citations in it have their ordinals now
                        quotes.addAll(QuoteFinder.find(paragraph, offset -> lines.position(offset).plusLines(lineOffset)));
                    }
                }
            }
        }

        private void excerpt(Excerpt excerpt) {
            excerpt.setOrdinal(excerpts.size());
            CitationRef key = excerpt.citation();
            List<String> paragraphs = new ArrayList<>();
            Position first = null;
            for (Node child = excerpt.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph paragraph) {
                    paragraphs.add(texts.plain(paragraph));
                    if (first == null) {
                        first = position(paragraph);
                    }
                } else {
                    report.error("excerpt-shape", path, position(child),
                            "an excerpt may hold only paragraphs of quoted text; move this " + describe(child)
                                    + " out of the quote");
                }
            }
            if (paragraphs.isEmpty()) {
                report.error("excerpt-empty", path, position(key), "excerpt has no quoted text before its key");
            }
            if (key.items().size() > 1) {
                report.error("excerpt-key", path, position(key), "an excerpt's key names one source: " + key.written()
                        + " names " + key.items().size(), "quote each source in an excerpt of its own, closed by [@source-id, ¶N]");
            }
            CitationItem item = key.items().get(0);
            CitationGrammar.ItemOffsets at = offsets(key).get(0);
            excerpts.add(new ExcerptFact(excerpt.ordinal(), item.key(), item.locator(), paragraphs,
                    first != null ? first : position(key), position(key),
                    span(key, 1 + at.keyStart(), 1 + at.keyEnd()), span(key, 1 + at.locatorStart(), 1 + at.locatorEnd())));
            citedKeys.add(key.key());
        }

        /**
         * The plain text of the block a link stands in, for backlink snippets, as a reader reads it:
         * no space left where a citation was dropped ("germanium [@key], and" reads "germanium, and");
         * once per block, however many links it holds.
         */
        private String context(Node node) {
            Node block = node;
            while (block.getParent() != null && !(block instanceof com.vladsch.flexmark.util.ast.Block)) {
                block = block.getParent();
            }
            return texts.tidy(block);
        }

        private Position position(Node node) {
            return lines.position(node.getStartOffset()).plusLines(lineOffset);
        }

        /** Where each item's key and locator stand inside the bracket (after its '['). */
        private static List<CitationGrammar.ItemOffsets> offsets(CitationRef citation) {
            BasedSequence chars = citation.getChars();
            return CitationGrammar.offsets(chars.subSequence(1, chars.length() - 1).toString());
        }

        /** A wiki-link's target as written: the text between "[[" and '|' (or "]]"), white space around it left out. */
        private Span targetSpan(WikiLinkRef link) {
            String chars = link.getChars().toString();
            int bar = chars.indexOf('|');
            int start = 2;
            int end = bar < 0 ? chars.length() - 2 : bar;
            while (start < end && Character.isWhitespace(chars.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(chars.charAt(end - 1))) {
                end--;
            }
            return span(link, start, end);
        }

        /**
         * The span of characters {@code start} to {@code end} (exclusive) of a node's text in the
         * file: each end mapped through the node's own characters, which need not be one run of the
         * file's (a quote's "> " prefixes are not part of its lines). Null for an empty or unknown span.
         */
        private Span span(Node node, int start, int end) {
            BasedSequence chars = node.getChars();
            if (start < 0 || end <= start || end > chars.length()) {
                return null;
            }
            int from = chars.getIndexOffset(start);
            int to = chars.getIndexOffset(end - 1) + 1;
            if (from < 0 || to <= from) {
                return null;
            }
            return new Span(lines.position(from).plusLines(lineOffset), lines.position(to).plusLines(lineOffset));
        }

        private static String describe(Node node) {
            return node.getNodeName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
    }
}
