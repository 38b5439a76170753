package dossier.render;

import dossier.diag.Position;
import dossier.markdown.CitationLinker;
import dossier.markdown.Locator;
import dossier.config.SiteConfig;
import dossier.markdown.PageTrees;
import dossier.model.Account;
import dossier.model.Backlink;
import dossier.model.Citation;
import dossier.model.Correction;
import dossier.model.CrossReferences;
import dossier.model.Dossier;
import dossier.model.Entity;
import dossier.model.EntityKind;
import dossier.model.Event;
import dossier.model.Mention;
import dossier.model.Page;
import dossier.model.PageCitations;
import dossier.model.QuotedPassage;
import dossier.model.ResolvedExcerpt;
import dossier.render.internal.GraphSvg;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.SourceLink;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;
import dossier.text.Whitespace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the per-page view records from the model; Markdown bodies are rendered here, once each. */
final class ViewFactory {
    private static final int SNIPPET = 90;
    private static final int OPENING = 80;
    /**
     * The pairs a drawing joins, the strongest; the graph page adds one for each entity they leave
     * out, up to {@code GRAPH_NODES} entities. The layout is quadratic in its nodes, so a big
     * dossier draws its strongest ties and lists the rest.
     */
    private static final int GRAPH_EDGES = 120;
    private static final int GRAPH_NODES = 160;
    /** The most neighbours an entity page draws (the list under it names them all). */
    private static final int NEIGHBOURHOOD_NODES = 60;
    private final Dossier dossier;
    private final CrossReferences xref;
    private final PageTrees trees;
    private final java.util.Optional<BodyMemo> bodies;
    private final ChicagoNotes notes;
    private final PreviewData previews;
    /** Events with accounts by the path of the page that declares them, in timeline order. */
    private final Map<String, List<Event>> eventsWithAccounts;
    private final List<Page> articlesByDate;
    /** Each article's place in {@link #articlesByDate}, by path: a lookup, not a scan per page. */
    private final Map<String, Integer> placeByDate = new java.util.HashMap<>();

    /** @param bodies the bodies the last builds rendered, to reuse where they would render the same */
    ViewFactory(Dossier dossier, PageTrees trees, SiteConfig site, java.util.Optional<BodyMemo> bodies) {
        this.bodies = bodies;
        this.dossier = dossier;
        this.xref = dossier.xref();
        this.trees = trees;
        this.notes = new ChicagoNotes(site);
        this.previews = new PreviewData(dossier);
        // once, not a scan of every event for every page
        this.eventsWithAccounts = xref.events().stream().filter(e -> !e.accounts().isEmpty())
                .collect(Collectors.groupingBy(e -> e.page().path(), LinkedHashMap::new, Collectors.toList()));
        this.articlesByDate = dossier.articlesByDate();
        for (int i = 0; i < articlesByDate.size(); i++) {
            placeByDate.put(articlesByDate.get(i).path(), i);
        }
    }

    Views.Home home(Page page) {
        List<Views.ArticleItem> items = articlesByDate.stream().map(a -> item(a, page.rootPath())).toList();
        List<Views.Link> sources = dossier.sources().stream()
                .map(s -> new Views.Link(s.displayTitle(), page.rootPath() + Dossier.sourceUri(s))).toList();
        return new Views.Home(page.title(), body(page), items, sources, references(page), backlinks(page));
    }

    /** The home page of a site without content/index.md: every page links to it, so it always exists. */
    Views.Home defaultHome(String title) {
        List<Views.ArticleItem> items = dossier.articlesByDate().stream().map(a -> item(a, "")).toList();
        List<Views.Link> sources = dossier.sources().stream().map(s -> new Views.Link(s.displayTitle(), Dossier.sourceUri(s))).toList();
        return new Views.Home(title, "", items, sources, List.of(), List.of());
    }

    Views.Article article(Page page) {
        SourceRecord source = dossier.source(page.sourceId()).orElseThrow();
        String root = page.rootPath();
        List<Views.Link> tags = page.tags().stream().map(t -> new Views.Link(t, root + Dossier.tagUri(t))).toList();
        List<Views.Backlink> backlinks = backlinks(page);
        // an article that links here is listed once, under "Linked from" with the words around its link
        Set<String> linking = backlinks.stream().map(Views.Backlink::href).collect(Collectors.toSet());
        List<Views.ArticleItem> related = xref.related().getOrDefault(page.path(), List.of()).stream().map(a -> item(a, root))
                .filter(item -> !linking.contains(item.href())).toList();
        int at = placeByDate.get(page.path());
        return new Views.Article(page.title(), page.summary(), date(source.date()), source.displayTitle(),
                root + Dossier.sourceUri(source), tags, body(page), references(page), related, backlinks, notes.page(page),
                eventAccounts(page), neighbour(at - 1, root), neighbour(at + 1, root), TableOfContents.of(page.headings()));
    }

    /** The article at this place in date order, as a link from a page at {@code root}; null past either end. */
    private Views.Link neighbour(int at, String root) {
        return at < 0 || at >= articlesByDate.size() ? null : new Views.Link(articlesByDate.get(at).title(), root + articlesByDate.get(at).uri());
    }

    /** The page's events that have accounts, in the order written, each with its accounts side by side. */
    private List<Views.EventAccounts> eventAccounts(Page page) {
        return eventsWithAccounts.getOrDefault(page.path(), List.of()).stream()
                .map(e -> new Views.EventAccounts(Dossier.eventId(e), e.date().display(), e.date().iso(), e.text(),
                        e.accounts().stream().map(a -> account(a, page.rootPath(), true)).toList()))
                .toList();
    }

    private Views.AccountView account(Account a, String root, boolean withId) {
        SourceRecord s = a.source();
        String publisher = s.publisher().value() == null ? "" : s.publisher().value();
        return new Views.AccountView(withId ? a.words().anchor() : null, s.displayTitle(), publisher, date(s.date()),
                root + Dossier.sourceUri(s) + "#p" + a.words().paragraph(), a.paragraphLabel(),
                a.words().passages().stream().map(QuotedPassage::exact).toList(), a.speaker(), a.via(), a.omits());
    }

    Views.Previews previews(Page page) {
        return previews.page(page);
    }

    Views.Previews timelinePreviews() {
        return previews.timeline(xref.events(), "");
    }

    Views.Previews figuresPreviews() {
        return previews.figures(xref.figures(), "");
    }

    Views.Previews sourcePreviews(SourceRecord source) {
        return previews.source(source, "../");
    }

    Views.Basic basic(Page page) {
        return new Views.Basic(page.title(), body(page), references(page), backlinks(page), TableOfContents.of(page.headings()));
    }

    Views.Entity entity(Page page) {
        Entity entity = xref.entity(page);
        String root = page.rootPath();
        Map<SourceRecord, List<Views.MentionItem>> bySource = new LinkedHashMap<>();
        List<Mention> mentions = xref.mentions().getOrDefault(page.path(), List.of());
        for (Mention m : mentions) {
            String text = m.source().paragraph(m.paragraph()).orElseThrow().text();
            bySource.computeIfAbsent(m.source(), s -> new ArrayList<>()).add(new Views.MentionItem(m.paragraph(),
                    root + Dossier.sourceUri(m.source()) + "#p" + m.paragraph(),
                    before(text, m.start()), text.substring(m.start(), m.end()), after(text, m.end())));
        }
        List<Views.MentionGroup> groups = new ArrayList<>();
        bySource.forEach((s, items) -> groups.add(new Views.MentionGroup(s.displayTitle(), root + Dossier.sourceUri(s), items)));
        Map<Entity, Integer> neighbours = xref.coMentions().getOrDefault(page.path(), Map.of());
        List<Views.Neighbour> list = neighbours.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().name()))
                .map(e -> new Views.Neighbour(e.getKey().name(), root + e.getKey().page().uri(), e.getValue())).toList();
        Neighbourhood drawn = neighbourhood(entity, neighbours, root);
        return new Views.Entity(page.title(), entity.kind().label(), entity.aliases(), page.summary(), body(page),
                references(page), groups, mentions.size(), backlinks(page), list, drawn.svg(), drawn.neighbours(), drawn.pairsAmong(), drawn.pairsAmongDrawn(),
                dossier.citations(page).accounts().stream().map(a -> account(a, root, true)).toList());
    }

    Views.EntityIndex entityIndex() {
        String root = "../";
        List<Views.EntityGroup> groups = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            List<Views.EntityItem> items = xref.entities().stream().filter(e -> e.kind() == kind)
                    .map(e -> new Views.EntityItem(e.name(), root + e.page().uri(), e.page().summary(),
                            xref.mentions().getOrDefault(e.page().path(), List.of()).size()))
                    .toList();
            if (!items.isEmpty()) {
                groups.add(new Views.EntityGroup(kind.plural(), items));
            }
        }
        return new Views.EntityIndex("People, organisations, places and topics", groups);
    }

    Views.TagIndex tagIndex() {
        List<Views.TagItem> tags = new ArrayList<>();
        xref.tags().forEach((tag, pages) -> tags.add(new Views.TagItem(tag, tag + ".html", pages.size())));
        return new Views.TagIndex("Tags", tags);
    }

    Views.Tag tag(String tag) {
        List<Views.ArticleItem> items = xref.tags().get(tag).stream().map(a -> item(a, "../")).toList();
        return new Views.Tag("Tag: " + tag, tag, items);
    }

    Views.Timeline timeline() {
        Map<Integer, List<Views.EventView>> byYear = new LinkedHashMap<>();
        for (Event e : xref.events()) {
            byYear.computeIfAbsent(e.date().year(), y -> new ArrayList<>()).add(new Views.EventView(e.date().display(),
                    e.date().iso(), e.text(), e.note(), citeHref(e.citation(), ""), citeLabel(e.citation()),
                    e.page().uri(), e.page().title(), e.accounts().stream().map(a -> account(a, "", false)).toList()));
        }
        List<Views.YearGroup> years = new ArrayList<>();
        byYear.forEach((year, events) -> years.add(new Views.YearGroup(Integer.toString(year), events)));
        return new Views.Timeline("Timeline", years, xref.events().size());
    }

    Views.Corrections corrections() {
        return new Views.Corrections("Corrections", xref.corrections().stream().map(c -> correction(c, "")).toList());
    }

    /** A page's own corrections, for its foot. */
    List<Views.CorrectionItem> corrections(Page page) {
        return xref.corrections(page).stream().map(c -> correction(c, page.rootPath())).toList();
    }

    private static Views.CorrectionItem correction(Correction c, String root) {
        String id = Dossier.correctionId(c);
        return new Views.CorrectionItem(id, c.date().display(), c.date().iso(), c.what(), c.why(), c.page().title(),
                root + c.page().uri() + "#" + id);
    }

    Views.Figures figures() {
        return FigureViews.of(xref.figures());
    }

    Views.SearchPage searchPage() {
        return new Views.SearchPage("Search");
    }

    Views.Graph graph() {
        List<Entity> entities = xref.entities();
        Map<Entity, Integer> index = new LinkedHashMap<>();
        entities.forEach(e -> index.put(e, index.size()));
        List<Views.GraphEdge> list = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (Entity a : entities) {
            xref.coMentions().getOrDefault(a.page().path(), Map.of()).forEach((b, weight) -> {
                if (index.get(a) < index.get(b)) {
                    pairs.add(new Pair(a, b, weight));
                    list.add(new Views.GraphEdge(new Views.Link(a.name(), a.page().uri()), new Views.Link(b.name(), b.page().uri()), weight));
                }
            });
        }
        list.sort(java.util.Comparator.comparingInt(Views.GraphEdge::paragraphs).reversed()
                .thenComparing(e -> e.a().label()).thenComparing(e -> e.b().label()));
        List<Pair> drawn = new ArrayList<>(strongest(pairs, GRAPH_EDGES));
        java.util.Set<Entity> shown = new java.util.HashSet<>();
        drawn.forEach(p -> {
            shown.add(p.a());
            shown.add(p.b());
        });
        // an entity the strongest pairs leave out is still drawn, joined by its own strongest pair
        for (Pair p : strongest(pairs, pairs.size())) {
            if ((!shown.contains(p.a()) || !shown.contains(p.b())) && shown.size() < GRAPH_NODES - 1) {
                drawn.add(p);
                shown.add(p.a());
                shown.add(p.b());
            }
        }
        // in name order, the order a keyboard visits them
        List<Entity> nodes = entities.stream().filter(shown::contains).toList();
        String svg = drawing("Entities named in the same source paragraphs", nodes, null, drawn, "");
        return new Views.Graph("Co-mention graph", svg, list, drawn.size(), nodes.size());
    }

    /** Two entities named in the same paragraphs, and how many. */
    private record Pair(Entity a, Entity b, int paragraphs) {
    }

    /** The {@code limit} pairs named together most often; ties in name order, so the cut is the same every build. */
    private static List<Pair> strongest(List<Pair> pairs, int limit) {
        List<Pair> sorted = new ArrayList<>(pairs);
        sorted.sort(java.util.Comparator.comparingInt(Pair::paragraphs).reversed()
                .thenComparing(p -> p.a().name()).thenComparing(p -> p.b().name())
                .thenComparing(p -> p.a().page().path()).thenComparing(p -> p.b().page().path()));
        return List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
    }

    /** The SVG of these entities and pairs; {@code centre}, when not null, is the first node and drawn in the middle. */
    private String drawing(String title, List<Entity> entities, Entity centre, List<Pair> pairs, String root) {
        Map<Entity, Integer> at = new java.util.HashMap<>();
        List<GraphSvg.Node> nodes = new ArrayList<>();
        for (Entity e : entities) {
            at.put(e, nodes.size());
            boolean isCentre = e.equals(centre);
            nodes.add(new GraphSvg.Node(e.name(), isCentre ? null : root + e.page().uri(),
                    xref.mentions().getOrDefault(e.page().path(), List.of()).size(), isCentre));
        }
        List<GraphSvg.Edge> edges = pairs.stream().map(p -> new GraphSvg.Edge(at.get(p.a()), at.get(p.b()), p.paragraphs())).toList();
        return GraphSvg.svg(title, nodes, edges);
    }

    Views.Source source(SourceRecord source) {
        String root = "../";
        Map<Integer, List<ResolvedExcerpt>> citing = dossier.citingExcerpts().getOrDefault(source.id(), Map.of());
        Set<Integer> cited = dossier.citedParagraphs().getOrDefault(source.id(), Set.of());
        Set<Integer> context = contextOf(source, cited);
        Map<Integer, List<MarkedParagraph.Passage>> marks = marks(citing);
        List<Views.ParagraphView> shown = new ArrayList<>();
        List<Views.ParagraphView> excluded = new ArrayList<>();
        List<Integer> omitted = new ArrayList<>();
        List<Views.SourceLinkView> links = new ArrayList<>();
        for (Paragraph p : source.paragraphs()) {
            // each page once, at its first excerpt here: "Cited on" below lists every excerpt
            Map<Page, Views.Link> quotedIn = new LinkedHashMap<>();
            citing.getOrDefault(p.number(), List.of()).forEach(x -> quotedIn.putIfAbsent(x.page(),
                    new Views.Link(x.page().title(), root + x.page().uri() + "#" + x.anchor())));
            List<Views.Link> citedBy = List.copyOf(quotedIn.values());
            boolean reproduced = !p.isExcluded() && (source.fullText() || cited.contains(p.number()) || context.contains(p.number()));
            int firstLink = links.size() + 1;
            if (!p.isExcluded()) {
                for (SourceLink link : p.links()) {
                    int number = links.size() + 1;
                    links.add(new Views.SourceLinkView(number, "link-" + number, p.number(), reproduced ? "#" + p.anchor() : null,
                            link.text(), link.href(), link.note()));
                }
            }
            if (p.isExcluded()) {
                excluded.add(new Views.ParagraphView(p.number(), p.anchor(), p.kind(), null, p.excludedReason(), List.of(), citedBy, List.of(), false));
            } else if (reproduced) {
                shown.add(new Views.ParagraphView(p.number(), p.anchor(), p.kind(), p.text(), null, List.copyOf(omitted), citedBy,
                        MarkedParagraph.pieces(p, firstLink, marks.getOrDefault(p.number(), List.of())), context.contains(p.number())));
                omitted.clear();
            } else {
                omitted.add(p.number());
            }
        }
        List<Views.CitingPage> citingPages = dossier.citingPages().getOrDefault(source.id(), List.of()).stream()
                .map(page -> citingPage(page, source, root)).toList();
        String archiveFile = source.archivePath().substring(source.archivePath().lastIndexOf('/') + 1);
        return new Views.Source(source.id(), source.displayTitle(), CitationStyle.format(source), metadata(source),
                source.fullText(), shown, List.copyOf(omitted), source.paragraphs().size(), excluded, citingPages,
                archiveFile, source.fullText() ? "archive/" + publishedArchiveName(archiveFile) : null, source.sha256(), source.format(),
                List.copyOf(links));
    }

    /**
     * The paragraphs shown beside cited ones so that a reader sees what comes before and after a
     * quote: the one before and the one after each, unless excluded from the article (a promo is
     * not context) or cited itself. A full text shows every paragraph anyway.
     */
    private static Set<Integer> contextOf(SourceRecord source, Set<Integer> cited) {
        Set<Integer> context = new java.util.TreeSet<>();
        if (source.fullText()) {
            return context;
        }
        for (int n : cited) {
            for (int next : new int[] {n - 1, n + 1}) {
                if (!cited.contains(next) && source.paragraph(next).filter(p -> !p.isExcluded()).isPresent()) {
                    context.add(next);
                }
            }
        }
        return context;
    }

    /**
     * The passages the dossier quotes, per paragraph: one mark per distinct quote (two pages quoting
     * the same words share it), numbered in the order of the source's text. Only a quote's first
     * passage carries its id, so that ids stay unique in the page.
     */
    private static Map<Integer, List<MarkedParagraph.Passage>> marks(Map<Integer, List<ResolvedExcerpt>> citing) {
        record At(int paragraph, int start, int end, String id, boolean first) {
        }
        java.util.SortedSet<At> passages = new java.util.TreeSet<>(java.util.Comparator.comparingInt(At::paragraph)
                .thenComparingInt(At::start).thenComparingInt(At::end).thenComparing(At::id));
        Set<String> seen = new java.util.HashSet<>();
        citing.values().forEach(excerpts -> excerpts.forEach(x -> {
            if (seen.add(x.anchor())) {
                List<QuotedPassage> quoted = x.passages();
                for (int i = 0; i < quoted.size(); i++) {
                    QuotedPassage q = quoted.get(i);
                    passages.add(new At(q.paragraph().number(), q.start(), q.end(), markId(x), i == 0));
                }
            }
        }));
        Map<String, Integer> numbers = new java.util.HashMap<>();
        Map<Integer, List<MarkedParagraph.Passage>> marks = new java.util.TreeMap<>();
        for (At at : passages) {
            int number = numbers.computeIfAbsent(at.id(), id -> numbers.size() + 1);
            marks.computeIfAbsent(at.paragraph(), n -> new ArrayList<>())
                    .add(new MarkedParagraph.Passage(at.start(), at.end(), at.first() ? at.id() : null, number));
        }
        return marks;
    }

    /** The fragment id of an excerpt's words marked on its source page: the same for the same words. */
    static String markId(ResolvedExcerpt excerpt) {
        return "m-" + excerpt.anchor().substring(excerpt.anchor().indexOf('-') + 1);
    }

    /** A page citing the source, with its excerpts of it and the paragraphs its inline citations name. */
    private Views.CitingPage citingPage(Page page, SourceRecord source, String root) {
        PageCitations citations = dossier.citations(page);
        List<Views.CitingExcerpt> excerpts = citations.provenExcerpts().stream().filter(x -> x.source().equals(source))
                .map(x -> new Views.CitingExcerpt("#" + markId(x), new Locator.Paragraphs(x.paragraph(), x.lastParagraph()).label(),
                        opening(String.join(" ", x.quoteParagraphs())), root + page.uri() + "#" + x.anchor()))
                .toList();
        // in the source's order, each paragraph or range once
        java.util.SortedMap<List<Integer>, Views.Link> named = new java.util.TreeMap<>(
                java.util.Comparator.<List<Integer>>comparingInt(r -> r.get(0)).thenComparingInt(r -> r.get(1)));
        citations.citations().forEach(r -> r.target().filter(c -> c.source().equals(source) && c.paragraph() > 0)
                .ifPresent(c -> named.putIfAbsent(List.of(c.paragraph(), c.lastParagraph()), new Views.Link(c.paragraphLabel(), "#p" + c.paragraph()))));
        return new Views.CitingPage(page.title(), root + page.uri(), excerpts, List.copyOf(named.values()));
    }

    /** The first words of a quote, cut at a word: enough to tell the excerpts apart. */
    private static String opening(String quote) {
        String text = Whitespace.collapse(quote);
        return text.length() <= OPENING ? text : Whitespace.dropLastWord(text.substring(0, OPENING)) + "…";
    }

    /**
     * The name under which a full-text archive is published: a saved web page is served as plain
     * text, so that the publisher's scripts never run on our site.
     */
    static String publishedArchiveName(String archiveFile) {
        return archiveFile.matches("(?i).*\\.(html?|xhtml|svg|xml)$") ? archiveFile + ".txt" : archiveFile;
    }

    /**
     * The entity in the middle of the entities named in the same paragraphs as it, joined to it and
     * to each other: the {@code NEIGHBOURHOOD_NODES} named with it most often, the pairs among them
     * cut to the {@code GRAPH_EDGES} strongest.
     */
    private Neighbourhood neighbourhood(Entity entity, Map<Entity, Integer> neighbours, String root) {
        if (neighbours.isEmpty()) {
            return new Neighbourhood(null, 0, 0, 0);
        }
        List<Entity> nearest = neighbours.entrySet().stream()
                .sorted(Map.Entry.<Entity, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().name())
                        .thenComparing(e -> e.getKey().page().path()))
                .limit(NEIGHBOURHOOD_NODES).map(Map.Entry::getKey).toList();
        List<Pair> toCentre = new ArrayList<>();
        nearest.forEach(other -> toCentre.add(new Pair(entity, other, neighbours.get(other))));
        List<Pair> among = new ArrayList<>();
        for (int i = 0; i < nearest.size(); i++) {
            Map<Entity, Integer> theirs = xref.coMentions().getOrDefault(nearest.get(i).page().path(), Map.of());
            for (int j = i + 1; j < nearest.size(); j++) {
                Integer shared = theirs.get(nearest.get(j));
                if (shared != null) {
                    among.add(new Pair(nearest.get(i), nearest.get(j), shared));
                }
            }
        }
        List<Pair> drawnAmong = strongest(among, GRAPH_EDGES);
        List<Pair> pairs = new ArrayList<>(toCentre);
        pairs.addAll(drawnAmong);
        List<Entity> nodes = new ArrayList<>();
        nodes.add(entity);
        nearest.stream().sorted(java.util.Comparator.comparing(Entity::name).thenComparing(e -> e.page().path())).forEach(nodes::add);
        String svg = drawing("Entities named in the same paragraphs as " + entity.name(), nodes, entity, pairs, root);
        return new Neighbourhood(svg, nearest.size(), among.size(), drawnAmong.size());
    }

    /** An entity page's drawing, how many neighbours it draws, and how many pairs among them there are and are drawn. */
    private record Neighbourhood(String svg, int neighbours, int pairsAmong, int pairsAmongDrawn) {
    }

    private static String before(String text, int start) {
        int from = Math.max(0, start - SNIPPET);
        String cut = text.substring(from, start);
        return from > 0 ? "…" + Whitespace.dropFirstWord(cut) : cut;
    }

    private static String after(String text, int end) {
        int to = Math.min(text.length(), end + SNIPPET);
        String cut = text.substring(end, to);
        return to < text.length() ? Whitespace.dropLastWord(cut) + "…" : cut;
    }

    static String citeHref(Citation c, String root) {
        return root + Dossier.sourceUri(c.source()) + (c.paragraph() > 0 ? "#p" + c.paragraph() : "");
    }

    static String citeLabel(Citation c) {
        return c.source().displayTitle() + (c.paragraph() > 0 ? ", " + c.paragraphLabel() : "");
    }

    private List<Views.Backlink> backlinks(Page page) {
        return xref.backlinks().getOrDefault(page.uri(), List.of()).stream()
                .map((Backlink b) -> new Views.Backlink(b.from().title(), page.rootPath() + b.from().uri(), b.context())).toList();
    }

    private List<Views.MetaRow> metadata(SourceRecord s) {
        List<Views.MetaRow> rows = new ArrayList<>();
        rows.add(row("Title", s.title(), s.title().value(), null));
        rows.add(row("Publisher", s.publisher(), s.publisher().value(), null));
        rows.add(row("Author", s.author(), s.author().value(), null));
        rows.add(row("Date", s.date(), s.date().optional().map(PartialDate::display).orElse(null), null));
        rows.add(row("Original address", s.url(), s.url().value(), s.url().value()));
        rows.add(row("Language", s.language(), s.language().value(), null));
        rows.add(row("Accessed", s.accessed(), s.accessed().optional().map(PartialDate::display).orElse(null), null));
        return rows;
    }

    private static Views.MetaRow row(String label, MetaField<?> field, String value, String href) {
        return new Views.MetaRow(label, value, href, field.provenance().label(), field.note());
    }

    private Views.ArticleItem item(Page article, String root) {
        SourceRecord source = dossier.source(article.sourceId()).orElseThrow();
        int excerpts = dossier.citations(article).provenExcerpts().size();
        return new Views.ArticleItem(article.title(), root + article.uri(), article.summary(), date(source.date()),
                source.displayTitle(), article.tags(), excerpts);
    }

    private static Views.DateView date(MetaField<PartialDate> date) {
        if (!date.isKnown()) {
            return new Views.DateView("undated", "", "missing", date.note());
        }
        String mark = date.isEditorial() ? date.provenance().label() : "";
        return new Views.DateView(date.value().display(), date.value().iso(), mark, date.note());
    }

    private String body(Page page) {
        PageLinker linker = new PageLinker(page, dossier, notes);
        java.util.Optional<String> text = trees.text(page.path());
        if (bodies.isPresent() && text.isPresent()) {
            return bodies.get().body(page.path(), text.get(), linker, recording -> trees.render(page.path(), recording));
        }
        return trees.render(page.path(), linker);
    }

    private List<Views.Reference> references(Page page) {
        PageCitations citations = dossier.citations(page);
        Map<String, List<String>> citedAt = citedAt(citations);
        List<Views.Reference> refs = new ArrayList<>();
        for (int i = 0; i < citations.references().size(); i++) {
            SourceRecord source = citations.references().get(i);
            refs.add(new Views.Reference(i + 1, "ref-" + (i + 1), CitationStyle.format(source),
                    page.rootPath() + Dossier.sourceUri(source), Coins.of(source), citedAt.getOrDefault(source.id(), List.of())));
        }
        return refs;
    }

    /** Where each source is cited in the page, in reading order: each excerpt's id and each inline citation's. */
    private static Map<String, List<String>> citedAt(PageCitations citations) {
        record Place(Position at, SourceRecord source, String id) {
        }
        List<Place> places = new ArrayList<>();
        citations.excerpts().forEach(e -> e.target().ifPresent(x -> places.add(new Place(x.position(), x.source(), x.anchor()))));
        for (int i = 0; i < citations.citations().size(); i++) {
            String id = CitationLinker.citationId(i);
            citations.citations().get(i).target().ifPresent(c -> places.add(new Place(c.position(), c.source(), id)));
        }
        places.sort(java.util.Comparator.comparing(Place::at));
        Map<String, List<String>> bySource = new java.util.HashMap<>();
        places.forEach(p -> bySource.computeIfAbsent(p.source().id(), s -> new ArrayList<>()).add(p.id()));
        return bySource;
    }
}
