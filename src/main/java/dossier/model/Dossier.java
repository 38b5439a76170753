package dossier.model;

import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole dossier after both passes: sources, pages, and every resolved citation. Immutable.
 *
 * @param sources           ordered by date
 * @param pages             published pages
 * @param drafts            pages marked draft: checked, not published
 * @param citations         per page path
 * @param citingExcerpts    per source id and paragraph number, the excerpts that quote it (backlinks)
 * @param citedParagraphs   per source id, every paragraph an excerpt or a citation points to
 * @param citingPages       per source id, the pages that cite it, in page order
 * @param xref              entities, mentions, backlinks, related articles, tags, timeline, figures
 * @param linkTargets       every file a link may reach, relative to the output root: pages (also
 *                          those that failed to load, so that links to them are not reported twice),
 *                          source pages and assets
 */
public record Dossier(List<SourceRecord> sources, Map<String, SourceRecord> sourcesById, List<Page> pages, List<Page> drafts, Map<String, PageCitations> citations,
                      Map<String, Map<Integer, List<ResolvedExcerpt>>> citingExcerpts,
                      Map<String, Set<Integer>> citedParagraphs, Map<String, List<Page>> citingPages,
                      Set<String> linkTargets, CrossReferences xref) {

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

    /** Pages the renderer makes from the model rather than from a Markdown file. */
    public static final String ENTITIES_URI = "entities/index.html";
    public static final String TIMELINE_URI = "timeline.html";
    public static final String FIGURES_URI = "figures.html";
    public static final String GRAPH_URI = "graph.html";
    public static final String TAGS_URI = "tags/index.html";

    public static String tagUri(String tag) {
        return "tags/" + tag + ".html";
    }

    public static String sourceUri(SourceRecord source) {
        return "sources/" + source.id() + ".html";
    }
}
