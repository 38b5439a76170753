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

    /** A name as wiki-links and name checks compare it: case and runs of white space aside. */
    public static String nameKey(String name) {
        return dossier.text.Whitespace.collapse(name.strip()).toLowerCase(java.util.Locale.ROOT);
    }

    public List<String> aliases() {
        return names.subList(1, names.size());
    }

    /** An entity is identified by its page (one entity per page); see {@link Page#equals}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Entity entity && page.equals(entity.page);
    }

    @Override
    public int hashCode() {
        return page.hashCode();
    }
}
