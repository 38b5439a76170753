package dossier.search;

/** The groups search results are shown in, in this order. */
public enum Kind {
    ARTICLE("Articles"),
    EXCERPT("Excerpts"),
    COMMENTARY("Commentary"),
    ENTITY("Entities"),
    SOURCE("Sources");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
