package dossier.ingest;

import java.util.Map;

/**
 * Metadata an editor gives on the command line for a new import, recorded as supplied.
 *
 * @param id     the source id to use, or null to derive one
 * @param fields by field name (title, publisher, author, date, url, language)
 * @param note   the basis to record with every supplied field, or null for a plain "supplied on the command line"
 */
public record Supplied(String id, Map<String, String> fields, String note) {
    public Supplied {
        fields = Map.copyOf(fields);
    }

    public static Supplied none() {
        return new Supplied(null, Map.of(), null);
    }
}
