package dossier.model;

import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole dossier after both passes: sources, pages, and every resolved citation and link. It is
 * the one hand-over from the model to checks, rendering, search and publishing; every collection
 * it returns is unmodifiable.
 *
 * @param sources           ordered by date
 * @param pages             published pages
 * @param drafts            drafts that are not published: checked, left out of the site
 * @param checked           every page that was read, published or not (drafts, and pages whose
 *                          front matter failed): every rule runs over these
 * @param citations         per page path (of every checked page)
 * @param citingExcerpts    per source id and paragraph number, the published excerpts that quote it (backlinks)
 * @param citedParagraphs   per source id, every paragraph a published excerpt or citation points to
 * @param citingPages       per source id, the published pages that cite it, in page order
 * @param links             how a link on a page is read, for everyone who reads one
 * @param xref              entities, mentions, backlinks, related articles, tags, timeline, figures
 */
public record Dossier(List<SourceRecord> sources, Map<String, SourceRecord> sourcesById, List<Page> pages, List<Page> drafts,
                      List<Page> checked, Map<String, PageCitations> citations,
                      Map<String, Map<Integer, List<ResolvedExcerpt>>> citingExcerpts,
                      Map<String, Set<Integer>> citedParagraphs, Map<String, List<Page>> citingPages,
                      LinkResolver links, CrossReferences xref) {
    public Dossier {
        sources = List.copyOf(sources);
        sourcesById = Frozen.map(sourcesById);
        pages = List.copyOf(pages);
        drafts = List.copyOf(drafts);
        checked = List.copyOf(checked);
        citations = Frozen.map(citations);
        citingExcerpts = Frozen.nested(citingExcerpts);
        citedParagraphs = Frozen.sets(citedParagraphs);
        citingPages = Frozen.lists(citingPages);
    }

    /** Earliest first; undated sources last; ties by id. */
    public static final Comparator<SourceRecord> BY_DATE = Comparator
            .comparing((SourceRecord s) -> s.date().value(), Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
            .thenComparing(SourceRecord::id);

    public Optional<SourceRecord> source(String id) {
        return Optional.ofNullable(sourcesById.get(id));
    }

    public List<Page> pages(PageKind kind) {
        return pages.stream().filter(p -> p.kind() == kind).toList();
    }

    /** Articles ordered by their source's date, then title. */
    public List<Page> articlesByDate() {
        Comparator<Page> bySource = Comparator.comparing(p -> source(p.sourceId()).orElseThrow(), BY_DATE);
        return pages(PageKind.ARTICLE).stream().sorted(bySource.thenComparing(Page::title)).toList();
    }

    public PageCitations citations(Page page) {
        return citations.get(page.path());
    }

    /** The link targets of a page, read as the link check, backlinks and the renderer read them. */
    public LinkTarget link(Page page, String url) {
        return links.resolve(page.uri(), url);
    }

    /** Pages the renderer makes from the model rather than from a Markdown file. */
    public static final String ENTITIES_URI = "entities/index.html";
    public static final String TIMELINE_URI = "timeline.html";
    public static final String FIGURES_URI = "figures.html";
    public static final String GRAPH_URI = "graph.html";
    public static final String TAGS_URI = "tags/index.html";
    public static final String CORRECTIONS_URI = "corrections.html";
    /** The search results page: its query is in its address (search.html?q=…), so it can be shared. */
    public static final String SEARCH_URI = "search.html";

    /** A correction's fragment id: it depends only on the page, the date and the words, so links to it last. */
    public static String correctionId(Correction correction) {
        return StableId.of("c-", correction.page().path() + "\n" + correction.date().iso() + "\n" + correction.what());
    }

    /** An event's fragment id on its page: it depends only on the page, the date and the words, so links to it last. */
    public static String eventId(Event event) {
        return StableId.of("e-", event.page().path() + "\n" + event.date().iso() + "\n" + event.text());
    }

    public static String tagUri(String tag) {
        return "tags/" + tag + ".html";
    }

    public static String sourceUri(SourceRecord source) {
        return "sources/" + source.id() + ".html";
    }
}
