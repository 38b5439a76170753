package dossier.markdown;

/**
 * A heading of a page body, for its table of contents.
 *
 * @param level 1 to 6, as written (## is 2)
 * @param id    the id the rendered heading carries (flexmark's, made unique within the page)
 * @param text  what a reader sees, inline citations dropped
 */
public record HeadingFact(int level, String id, String text) {
}
