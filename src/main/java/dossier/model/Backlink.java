package dossier.model;

/** A page that links to another, with the text around the link. */
public record Backlink(Page from, String context) {
}
