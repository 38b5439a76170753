package dossier.render;

import java.util.List;

/**
 * What templates see: plain records built for one page each, never the model or a database
 * (GUIDE §3.7). Fields holding HTML built in Java are named {@code *Html}, or {@code *Svg}/{@code svg}; only those on
 * NoEscAllowListTest's list may be printed with ?no_esc. Templates reach nothing but the record
 * components ({@link ViewObjectWrapper}).
 */
public final class Views {
    private Views() {
    }

    /** @param nav links relative to the site root; templates prefix them with {@code root} */
    /**
     * @param editions the files of the editions this bake writes into the site's root, in the order
     *                 the home and about pages list them: the offline zip, the EPUB, the PDF, print.html
     */
    public record Site(String title, String description, String language, List<Link> nav, List<String> editions) {
        public Site(String title, String description, String language, List<Link> nav) {
            this(title, description, language, nav, List.of());
        }
    }

    public record Link(String label, String href) {
    }

    /** A dated value as readers see it; {@code mark} is "inferred"/"supplied" or "" when stated. */
    public record DateView(String display, String iso, String mark, String note) {
    }

    /** @param coins the source as a COinS ContextObject, for the title of a Z3988 span */
    /** @param citedAt the fragment ids of the places in the page that cite it, in reading order (excerpts and inline citations) */
    public record Reference(int number, String id, String citationHtml, String sourceHref, String coins, List<String> citedAt) {
    }

    public record Meta(String name, String content) {
    }

    /** What the page's previews show, as JSON escaped for a script element ({@link PreviewData}). */
    public record Previews(String json) {
    }

    /**
     * Per page, for the head: the OpenGraph type ("article" or "website"), the canonical absolute
     * address (null without a configured base URL) and Highwire citation_* tags (may be empty).
     */
    public record Head(String ogType, String url, List<Meta> citation) {
    }

    public record ArticleItem(String title, String href, String summary, DateView date, String sourceTitle,
                              List<String> tags, int excerptCount) {
    }

    /** A page that links here, with the text around the link. */
    public record Backlink(String label, String href, String context) {
    }

    public record Home(String title, String bodyHtml, List<ArticleItem> articles, List<Link> sources,
                       List<Reference> references, List<Backlink> backlinks) {
    }

    /**
     * @param earlier the article before this one by date (its source's), null for the first
     * @param later   the article after it, null for the last
     */
    public record Article(String title, String summary, DateView date, String sourceTitle, String sourceHref,
                          List<Link> tags, String bodyHtml, List<Reference> references, List<ArticleItem> related,
                          List<Backlink> backlinks, String citeHtml, List<EventAccounts> accounts, Link earlier, Link later,
                          List<TocEntry> contents) {
    }

    /** A section in a page's table of contents: the heading's id and words, and its subsections. */
    public record TocEntry(String id, String text, List<TocEntry> sections) {
        public TocEntry {
            sections = List.copyOf(sections);
        }
    }

    /**
     * One source's account, set beside the others'.
     *
     * @param id        its fragment id on the page that declares it, or null where it is shown again (timeline)
     * @param publisher the publisher as known, "" when missing
     * @param citeHref  the first cited paragraph on the source page
     * @param citeLabel the cited paragraphs, "¶5" or "¶12–13"
     * @param words     the source's words, one entry per paragraph, in the source's own characters
     */
    public record AccountView(String id, String sourceTitle, String publisher, DateView date, String citeHref, String citeLabel,
                              List<String> words, String speaker, String via, String omits) {
    }

    /** An event of the page with its accounts side by side; {@code id} is the fragment id of the block. */
    public record EventAccounts(String id, String date, String iso, String text, List<AccountView> accounts) {
    }

    public record Basic(String title, String bodyHtml, List<Reference> references, List<Backlink> backlinks,
                        List<TocEntry> contents) {
    }

    /** A source paragraph naming an entity: the words around the name, the name itself, and the words after. */
    public record MentionItem(int paragraph, String href, String before, String match, String after) {
    }

    public record MentionGroup(String sourceTitle, String sourceHref, List<MentionItem> mentions) {
    }

    public record Neighbour(String label, String href, int paragraphs) {
    }

    /**
     * @param neighboursDrawn the neighbours the drawing shows, those named with this entity most often
     * @param neighbourPairs  the pairs among them (besides each with this entity); {@code neighbourPairsDrawn} those it joins
     */
    public record Entity(String title, String kind, List<String> aliases, String summary, String bodyHtml,
                         List<Reference> references, List<MentionGroup> mentions, int mentionCount,
                         List<Backlink> backlinks, List<Neighbour> neighbours, String graphSvg, int neighboursDrawn, int neighbourPairs,
                         int neighbourPairsDrawn, List<AccountView> accounts) {
    }

    public record EntityItem(String name, String href, String summary, int mentionCount) {
    }

    public record EntityGroup(String kind, List<EntityItem> entities) {
    }

    public record EntityIndex(String title, List<EntityGroup> groups) {
    }

    public record TagItem(String tag, String href, int count) {
    }

    public record TagIndex(String title, List<TagItem> tags) {
    }

    public record Tag(String title, String tag, List<ArticleItem> articles) {
    }

    public record EventView(String date, String iso, String text, String note, String citeHref, String citeLabel,
                            String pageHref, String pageTitle, List<AccountView> accounts) {
    }

    public record YearGroup(String year, List<EventView> events) {
    }

    public record Timeline(String title, List<YearGroup> years, int count) {
    }

    /**
     * A logged change to a published page.
     *
     * @param id       the fragment id on the page and on the corrections page
     * @param pageHref relative to the page the item is shown on
     */
    public record CorrectionItem(String id, String date, String iso, String what, String why, String pageTitle, String pageHref) {
    }

    public record Corrections(String title, List<CorrectionItem> items) {
    }

    /** @param per "per year" and the like, or null when the source gives no period */
    public record FigureView(String value, String unit, String per, String measures, String asOf, String citeHref, String citeLabel,
                             String pageHref, String pageTitle, String id) {
    }

    /** Figures an editor gave one chart title: two or more, one unit, one period; the table says what the bars show. */
    public record FigureChart(String title, String axis, String chartSvg, List<FigureView> figures) {
    }

    /** The figures of one page that are shown on their own, as numbers. */
    public record FigureStats(String pageTitle, String pageHref, List<FigureView> figures) {
    }

    /** @param count every figure, charted or not */
    public record Figures(String title, List<FigureChart> charts, List<FigureStats> singles, int count) {
    }

    public record GraphEdge(Link a, Link b, int paragraphs) {
    }

    /** The search results page: js/search.js fills it in from the query in its address. */
    public record SearchPage(String title) {
    }

    /** @param pairsDrawn the strongest pairs, the ones the drawing joins; {@code nodesDrawn} the entities they join */
    public record Graph(String title, String svg, List<GraphEdge> edges, int pairsDrawn, int nodesDrawn) {
    }

    /** One row of a source's metadata table. */
    public record MetaRow(String label, String value, String href, String provenance, String note) {
    }

    /**
     * @param omittedBefore the numbers of the paragraphs before this one that are not reproduced
     * @param citedBy       the excerpts that quote this paragraph
     * @param context       shown only as the context of a cited paragraph next to it: nothing quotes or cites it
     */
    public record ParagraphView(int number, String anchor, String kind, String text, String excludedReason,
                                List<Integer> omittedBefore, List<Link> citedBy, List<TextPiece> pieces, boolean context) {
    }

    /**
     * A stretch of a paragraph's text: plain, or the words of one of the source's own links; in
     * spans where quoted passages begin and end.
     *
     * @param linkAnchor the fragment of the link's entry in "Links in the original", or null for plain text
     */
    public record TextPiece(String text, String linkAnchor, int linkNumber, List<Span> spans) {
    }

    /**
     * Words of a paragraph that no quoted passage begins or ends inside.
     *
     * @param markClass the classes of its mark when a quoted passage covers it, else null
     * @param anchors   the fragment ids of the passages that begin here
     */
    public record Span(String text, String markClass, List<String> anchors) {
    }

    /**
     * A page citing a source, with what it takes from it.
     *
     * @param excerpts   its excerpts of the source, in page order
     * @param paragraphs the paragraphs its inline citations name, "¶3", "¶5–6", each a link on the source page
     */
    public record CitingPage(String label, String href, List<CitingExcerpt> excerpts, List<Link> paragraphs) {
    }

    /**
     * @param markHref  the quoted words marked on the source page ("#m-…")
     * @param paragraph "¶4" or "¶4–5"
     * @param opening   the first words of the quote
     * @param href      the excerpt in the citing page
     */
    public record CitingExcerpt(String markHref, String paragraph, String opening, String href) {
    }

    /**
     * One of the source's own links, as "Links in the original" lists it.
     *
     * @param paragraphHref the paragraph on this page, or null when the page does not reproduce it
     * @param href          the target as the archived file gives it (shown as text, never linked), or null
     * @param note          why the target is not known, or null
     */
    public record SourceLinkView(int number, String anchor, int paragraph, String paragraphHref, String text, String href, String note) {
    }

    public record Source(String id, String title, String citationHtml, List<MetaRow> metadata, boolean fullText,
                         List<ParagraphView> paragraphs, List<Integer> omittedAfter, int paragraphCount,
                         List<ParagraphView> excluded, List<CitingPage> citingPages, String archiveFile, String archiveHref,
                         String sha256, String format, List<SourceLinkView> links) {
    }
}
