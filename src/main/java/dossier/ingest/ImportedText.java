package dossier.ingest;

import java.util.List;
import java.util.Map;

/**
 * What a format reader recovers from one raw file.
 *
 * @param format  the reader's name ("plain-text", "header-text", "wordpress-json", "html-page")
 * @param stated  metadata the file states, by field: title, author, date, url, publisher, language
 * @param blocks  the article's blocks in order (boilerplate is flagged later, never dropped here)
 * @param notes   what could not be recovered and why ("the export is cut off after content.rendered")
 */
public record ImportedText(String format, Map<String, StatedValue> stated, List<Block> blocks, List<String> notes) {
    public ImportedText {
        stated = Map.copyOf(stated);
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }
}
