package dossier.source;

import dossier.text.Json;
import java.util.Locale;

/**
 * Writes a source record as YAML, in one fixed layout so that the same record always gives the
 * same bytes (the import manifest's regeneration test depends on it). Strings are written as
 * double-quoted scalars with JSON-compatible escapes.
 */
public final class SourceRecordWriter {
    private SourceRecordWriter() {
    }

    public static String write(SourceRecord record) {
        String archiveFile = record.archivePath().substring(record.archivePath().lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder(EditorSchemas.comments(EditorSchemas.Kind.SOURCE_RECORD, record.path()));
        out.append("# Source record for ").append(archiveFile).append(": paragraphs as imported from the archived file;\n");
        out.append("# metadata with its provenance (stated in the file, supplied by an editor, inferred with its basis).\n");
        out.append("id: ").append(record.id()).append('\n');
        out.append("archive:\n");
        out.append("  file: ").append(archiveFile).append('\n');
        out.append("  sha256: ").append(record.sha256()).append('\n');
        out.append("  format: ").append(record.format()).append('\n');
        field(out, "title", record.title(), record.title().value());
        field(out, "publisher", record.publisher(), record.publisher().value());
        field(out, "author", record.author(), record.author().value());
        dateField(out, "date", record.date());
        field(out, "url", record.url(), record.url().value());
        field(out, "language", record.language(), record.language().value());
        dateField(out, "accessed", record.accessed());
        out.append("fulltext: ").append(record.fullText()).append('\n');
        out.append("paragraphs:\n");
        for (Paragraph p : record.paragraphs()) {
            out.append("  - n: ").append(p.number()).append('\n');
            if (!p.kind().equals(Paragraph.TEXT)) {
                out.append("    kind: ").append(p.kind()).append('\n');
            }
            if (p.isExcluded()) {
                Json.appendQuoted(out.append("    excluded: "), p.excludedReason()).append('\n');
            }
            Json.appendQuoted(out.append("    text: "), p.text()).append('\n');
            if (!p.links().isEmpty()) {
                out.append("    links:\n");
                for (SourceLink link : p.links()) {
                    out.append("      - text: ").append(quote(link.text())).append('\n');
                    out.append("        at: ").append(link.at()).append('\n');
                    out.append("        href: ").append(link.href() == null ? "null" : quote(link.href())).append('\n');
                    if (link.note() != null) {
                        out.append("        note: ").append(quote(link.note())).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, MetaField<?> field, String value) {
        out.append(name).append(":\n");
        out.append("  value: ").append(value == null ? "null" : quote(value)).append('\n');
        tail(out, field);
    }

    private static void dateField(StringBuilder out, String name, MetaField<PartialDate> field) {
        out.append(name).append(":\n");
        out.append("  value: ").append(field.isKnown() ? quote(field.value().iso()) : "null").append('\n');
        if (field.isKnown()) {
            out.append("  precision: ").append(field.value().precision().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        tail(out, field);
    }

    private static void tail(StringBuilder out, MetaField<?> field) {
        out.append("  provenance: ").append(field.provenance().label()).append('\n');
        if (field.note() != null) {
            out.append("  note: ").append(quote(field.note())).append('\n');
        }
    }

    private static String quote(String text) {
        return Json.quote(text);
    }
}
