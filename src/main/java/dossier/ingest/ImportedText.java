package dossier.ingest;

import java.util.List;
import java.util.Map;

/**
 * What a format reader recovers from one raw file.
 *
 * @param format  the reader's name ("plain-text", "header-text", "wordpress-json", "html-page")
 * @param stated  metadata the file states, by field: title, author, date, url, publisher, language
 * @param blocks  the article's blocks in order (boilerplate is flagged later, never dropped here)
 * @param notes   what could not be recovered and why ("the export is cut off after content.rendered"),
 *                and how a text without markup was cut into paragraphs ("split by line: 14 paragraphs")
 * @param refusal why the file is not one article and must not be imported as one (a list of
 *                several posts), or null
 */
public record ImportedText(String format, Map<String, StatedValue> stated, List<Block> blocks, List<String> notes, String refusal) {
    public ImportedText {
        stated = Map.copyOf(stated);
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** An article read as well as the file allows. */
    public ImportedText(String format, Map<String, StatedValue> stated, List<Block> blocks, List<String> notes) {
        this(format, stated, blocks, notes, null);
    }

    /** A file that is not one article: nothing of it is imported. */
    static ImportedText refused(String format, String why) {
        return new ImportedText(format, Map.of(), List.of(), List.of(), why);
    }
}
