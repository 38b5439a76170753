package dossier.ingest;

import dossier.diag.Position;
import dossier.source.Provenance;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the editors know about one imported source that its file does not say: supplied or
 * inferred metadata (each with its note), specific notes for missing fields, and per-paragraph
 * overrides of the importer's guesses (kind, exclusion).
 *
 * @param fields     by field name (title, publisher, author, date, url, language, accessed)
 * @param paragraphs by paragraph number
 * @param position   where the entry stands in the manifest, for diagnostics about it
 */
public record ManifestEntry(String id, String archive, boolean fullText, Map<String, Field> fields,
                            Map<Integer, ParagraphOverride> paragraphs, Position position) {

    public ManifestEntry {
        fields = Map.copyOf(fields);
        paragraphs = new TreeMap<>(paragraphs);
    }

    /** An entry not yet in the manifest file (a new import). */
    public ManifestEntry(String id, String archive, boolean fullText, Map<String, Field> fields,
                         Map<Integer, ParagraphOverride> paragraphs) {
        this(id, archive, fullText, fields, paragraphs, Position.START);
    }

    /**
     * A field the editors set: a value with provenance supplied or inferred, or provenance missing
     * with a note.
     *
     * @param at where its value (else its provenance) stands in the manifest, for problems with it
     */
    public record Field(String value, Provenance provenance, String note, Position at) {
        /** A field given on the command line, not (yet) read from the manifest. */
        public Field(String value, Provenance provenance, String note) {
            this(value, provenance, note, null);
        }

        /** Whether it says the same as {@code other}, wherever each stands. */
        public boolean sameAs(Field other) {
            return other != null && java.util.Objects.equals(value, other.value) && provenance == other.provenance
                    && note.equals(other.note);
        }
    }

    /**
     * @param kind     the block kind, or null to keep the importer's
     * @param excluded true/false to override the importer's verdict, null to keep it
     * @param reason   the reason given for an exclusion, or null for the importer's
     * @param at       where its {@code n} stands in the manifest, or null
     */
    public record ParagraphOverride(String kind, Boolean excluded, String reason, Position at) {
        public ParagraphOverride(String kind, Boolean excluded, String reason) {
            this(kind, excluded, reason, null);
        }
    }

    public ManifestEntry withField(String name, Field field) {
        Map<String, Field> copy = new TreeMap<>(fields);
        copy.put(name, field);
        return new ManifestEntry(id, archive, fullText, copy, paragraphs, position);
    }
}
