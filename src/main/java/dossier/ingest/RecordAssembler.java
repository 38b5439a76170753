package dossier.ingest;

import dossier.diag.Position;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.Provenance;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a source record together from what the file states and what the manifest adds. For each
 * field the editors' value (manifest) wins, then the file's statement, then an inference the
 * importer can justify (English), else the field stays empty with a note. Nothing is invented.
 */
final class RecordAssembler {
    private static final Map<String, String> MISSING = Map.of(
            "title", "The file states no title.",
            "publisher", "The file names no publisher.",
            "author", "The file names no author.",
            "date", "The file states no date.",
            "url", "The file gives no address.",
            "language", "The language could not be inferred from the text.",
            "accessed", "The file was received without a record of when or where it was retrieved.");

    /** The record, and the names of fields that stayed empty (for the "supply these" warning). */
    record Assembled(SourceRecord record, List<String> missing, List<Problem> problems) {
    }

    /**
     * Why a record cannot be assembled.
     *
     * @param at where the cause stands in the manifest, or null when it is the entry as a whole
     *           (or a value given on the command line)
     */
    record Problem(String message, Position at) {
    }

    private RecordAssembler() {
    }

    static Assembled assemble(ManifestEntry entry, ImportedText text, String recordPath, String archivePath, String sha256) {
        List<String> missing = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String body = String.join("\n", text.blocks().stream().map(Block::text).toList());
        MetaField<String> title = field("title", entry, text, missing, Optional.empty());
        MetaField<String> publisher = field("publisher", entry, text, missing, Optional.empty());
        MetaField<String> author = field("author", entry, text, missing, Optional.empty());
        MetaField<PartialDate> date = date("date", field("date", entry, text, missing, Optional.empty()), at(entry, "date"), problems);
        MetaField<String> url = field("url", entry, text, missing, Optional.empty());
        MetaField<String> language = field("language", entry, text, missing, LanguageGuess.english(body)
                .map(l -> new MetaField<>(l, Provenance.INFERRED, "The text is written in English.")));
        MetaField<PartialDate> accessed = date("accessed", field("accessed", entry, text, missing, Optional.empty()), at(entry, "accessed"), problems);
        List<Paragraph> paragraphs = paragraphs(entry, text.blocks(), problems);
        SourceRecord record = new SourceRecord(entry.id(), recordPath, Position.START, archivePath, sha256, text.format(),
                title, publisher, author, date, url, language, accessed, entry.fullText(), paragraphs);
        return new Assembled(record, missing, problems);
    }

    private static MetaField<String> field(String name, ManifestEntry entry, ImportedText text, List<String> missing,
                                           Optional<MetaField<String>> inferred) {
        ManifestEntry.Field editors = entry.fields().get(name);
        if (editors != null && editors.provenance() != Provenance.MISSING) {
            return new MetaField<>(editors.value(), editors.provenance(), editors.note());
        }
        StatedValue stated = text.stated().get(name);
        if (stated != null && !stated.value().isBlank()) {
            return new MetaField<>(stated.value(), Provenance.STATED, stated.where());
        }
        if (inferred.isPresent()) {
            return inferred.get();
        }
        if (!name.equals("accessed")) {
            missing.add(name);
        }
        return MetaField.missing(editors != null ? editors.note() : MISSING.get(name));
    }

    private static MetaField<PartialDate> date(String name, MetaField<String> field, Position at, List<Problem> problems) {
        if (!field.isKnown()) {
            return MetaField.missing(field.note());
        }
        Optional<PartialDate> date = PartialDate.parse(field.value());
        if (date.isEmpty()) {
            problems.add(new Problem(name + " '" + field.value() + "' is not an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", at));
            return MetaField.missing(field.note());
        }
        return new MetaField<>(date.get(), field.provenance(), field.note());
    }

    private static Position at(ManifestEntry entry, String field) {
        ManifestEntry.Field f = entry.fields().get(field);
        return f != null ? f.at() : null;
    }

    private static List<Paragraph> paragraphs(ManifestEntry entry, List<Block> read, List<Problem> problems) {
        List<Block> blocks = Boilerplate.splitPromoRuns(read);
        List<Boilerplate.Verdict> verdicts = Boilerplate.verdicts(blocks);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Boilerplate.Verdict verdict = verdicts.get(i);
            String kind = verdict != null ? verdict.kind() : block.kind();
            String reason = verdict != null ? verdict.reason() : null;
            ManifestEntry.ParagraphOverride override = entry.paragraphs().get(i + 1);
            if (override != null) {
                if (Boolean.FALSE.equals(override.excluded())) {
                    kind = block.kind();
                    reason = null;
                } else if (Boolean.TRUE.equals(override.excluded()) && reason == null) {
                    reason = "Excluded by the editors.";
                }
                if (reason != null && override.reason() != null) {
                    reason = override.reason();
                }
                if (override.kind() != null) {
                    kind = override.kind();
                }
            }
            paragraphs.add(new Paragraph(i + 1, kind, block.text(), reason, block.links()));
        }
        entry.paragraphs().forEach((n, override) -> {
            if (n > blocks.size()) {
                problems.add(new Problem("the manifest overrides ¶" + n + ", but the file has ¶1–¶" + blocks.size(), override.at()));
            }
        });
        return paragraphs;
    }
}
