package dossier.source;

import dossier.diag.Position;

import java.util.List;
import java.util.Optional;

/**
 * An archived article: where its byte-identical copy lives, its metadata with provenance, and its
 * numbered paragraphs. Immutable.
 *
 * @param path        the record's YAML file, relative to the site root
 * @param archivePath the archived original, relative to the site root
 * @param fullText    whether the publisher's whole text may be shown (off by default: copyright)
 */
public record SourceRecord(
        String id,
        String path,
        Position idPosition,
        String archivePath,
        String sha256,
        String format,
        MetaField<String> title,
        MetaField<String> publisher,
        MetaField<String> author,
        MetaField<PartialDate> date,
        MetaField<String> url,
        MetaField<String> language,
        MetaField<PartialDate> accessed,
        boolean fullText,
        List<Paragraph> paragraphs) {

    public SourceRecord {
        paragraphs = List.copyOf(paragraphs);
    }

    public Optional<Paragraph> paragraph(int number) {
        // numbers are 1..n in order; the reader checks that
        return number >= 1 && number <= paragraphs.size() ? Optional.of(paragraphs.get(number - 1)) : Optional.empty();
    }

    /** The title as readers see it: the stated title, the supplied one, or the id. */
    public String displayTitle() {
        return title.optional().orElse(id);
    }

    /**
     * A source is identified by its id (the model rejects duplicates). Records serve as map keys
     * throughout the model, and comparing every paragraph's text each time was a measurable cost.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRecord record && id.equals(record.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
