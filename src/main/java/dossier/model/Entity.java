package dossier.model;

import java.util.List;

/**
 * A person, organisation, place, material, agreement or topic with a page of its own.
 *
 * @param names the title first, then the aliases, as written
 */
public record Entity(Page page, EntityKind kind, List<String> names) {
    public Entity {
        names = List.copyOf(names);
    }

    public String name() {
        return page.title();
    }

    public List<String> aliases() {
        return names.subList(1, names.size());
    }
}
