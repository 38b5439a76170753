package dossier.model;

import java.util.List;
import java.util.Map;

/**
 * How the dossier's parts refer to each other, computed once per build. What readers see
 * (entities, mentions, backlinks, related articles, tags, timeline, figures) holds published
 * pages only; what is checked ({@code wikiLinks}, {@code checkedFigures}) every page.
 *
 * @param entities       published entities, ordered by name
 * @param entityByPath   every entity, published or not, by its page's path
 * @param wikiLinks      per page path, what each of its wiki-links resolved to, in page order
 * @param mentions       per published entity page path, every source paragraph that names it
 * @param backlinks      per page uri, the published pages that link to it
 * @param related        per article path, the other articles that share most entities and tags
 * @param tags           per tag, the articles that carry it (tags sorted)
 * @param events         of published pages, sorted by date
 * @param figures        of published pages, in page order
 * @param checkedFigures of every page, in page order: each is checked against its paragraph
 * @param coMentions     per entity page path, the entities named in the same paragraphs, with counts
 * @param corrections    of published pages, newest first (then by page title)
 */
public record CrossReferences(List<Entity> entities, Map<String, Entity> entityByPath, Map<String, List<Resolution<Entity>>> wikiLinks,
                              Map<String, List<Mention>> mentions, Map<String, List<Backlink>> backlinks,
                              Map<String, List<Page>> related, Map<String, List<Page>> tags,
                              List<Event> events, List<Figure> figures, List<Figure> checkedFigures,
                              Map<String, Map<Entity, Integer>> coMentions, List<Correction> corrections) {
    public CrossReferences {
        entities = List.copyOf(entities);
        entityByPath = Frozen.map(entityByPath);
        wikiLinks = Frozen.lists(wikiLinks);
        mentions = Frozen.lists(mentions);
        backlinks = Frozen.lists(backlinks);
        related = Frozen.lists(related);
        tags = Frozen.lists(tags);
        events = List.copyOf(events);
        figures = List.copyOf(figures);
        checkedFigures = List.copyOf(checkedFigures);
        coMentions = Frozen.map(coMentions, Frozen::map);
        corrections = List.copyOf(corrections);
    }

    /** A page's own corrections, newest first. */
    public List<Correction> corrections(Page page) {
        return corrections.stream().filter(c -> c.page().equals(page)).toList();
    }

    public Entity entity(Page page) {
        return entityByPath.get(page.path());
    }
}
