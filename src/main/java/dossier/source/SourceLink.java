package dossier.source;

/**
 * One of the source's own links, as its archived file has it: the anchor text, where it stands in
 * its paragraph, and its target, or a note saying why the target is not known (an export that
 * kept only the closing tag). The source's links are its own citations; the record keeps them so
 * that a reader can see what the original pointed to.
 *
 * @param text the anchor text as it stands in the paragraph's text
 * @param at   where the anchor text starts in the paragraph's text, in Unicode code points
 * @param href the target as the file gives it, or null when the file has none
 * @param note why the target is not known, or null when it is
 */
public record SourceLink(String text, int at, String href, String note) {

    /** The note for a link whose opening tag, and so its target, an export stripped. */
    public static final String TARGET_STRIPPED =
            "The file keeps only this link's closing tag (</a>): its opening tag, with the target, was stripped from the export.";
}
