package dossier.model;

import java.util.List;
import java.util.Map;

/**
 * How the dossier's parts refer to each other, computed once per build.
 *
 * @param entities       ordered by name
 * @param entityByPath   the same, by their page's path
 * @param wikiLinks      per page path, the entity each wiki-link resolved to (by ordinal; null where unresolved)
 * @param mentions       per entity page path, every source paragraph that names it
 * @param backlinks      per page uri, the pages that link to it
 * @param related        per article path, the other articles that share most entities and tags
 * @param tags           per tag, the articles that carry it (tags sorted)
 * @param events         sorted by date
 * @param figures        in page order
 * @param coMentions     per entity page path, the entities named in the same paragraphs, with counts
 */
public record CrossReferences(List<Entity> entities, Map<String, Entity> entityByPath, Map<String, List<Entity>> wikiLinks,
                              Map<String, List<Mention>> mentions, Map<String, List<Backlink>> backlinks,
                              Map<String, List<Page>> related, Map<String, List<Page>> tags,
                              List<Event> events, List<Figure> figures,
                              Map<String, Map<Entity, Integer>> coMentions) {

    public static CrossReferences empty() {
        return new CrossReferences(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of());
    }

    public Entity entity(Page page) {
        return entityByPath.get(page.path());
    }
}
