package dossier.model;

/** What a Markdown page is, decided by where it lives: content/index.md, content/articles/, content/entities/, anything else. */
public enum PageKind {
    HOME, ARTICLE, ENTITY, PAGE
}
