package dossier.ingest;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.source.Paragraph;
import dossier.source.EditorSchemas;
import dossier.source.Provenance;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;
import dossier.source.SourceRecordWriter;
import dossier.text.ControlCharacters;
import dossier.text.SitePaths;
import dossier.text.TextFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code dossier import}: archives raw article files byte for byte, reads them with the reader for
 * their format, and writes a source record (plus a draft article page ready for excerpts). The
 * manifest keeps what the editors add, so that {@link #regenerate(boolean)} rebuilds every record.
 */
public final class Importer {
    static final String SOURCES = "content/sources/";
    static final String ARTICLES = "content/articles/";

    private final Path siteRoot;
    private final Report report;
    private final PrintWriter out;
    private ImportManifest manifest;
    private Map<String, String> archivedBySha;

    public Importer(Path siteRoot, Report report, PrintWriter out) {
        this.siteRoot = siteRoot;
        this.report = report;
        this.out = out;
        this.manifest = ImportManifest.read(siteRoot, report);
    }

    /** A file to import: where it is, and how messages name it. */
    public record Input(Path file, String shownPath) {
    }

    /** One file read, validated and assembled, not yet written. */
    private record Prepared(String shownPath, String sha256, ManifestEntry entry, byte[] bytes,
                            RecordAssembler.Assembled assembled, ImportedText imported, Update update) {
    }

    /**
     * A file imported before, named again with metadata options: its manifest entry with those
     * values, the record they give, and what changed ("date: supplied 2024-03, was missing").
     */
    private record Update(ManifestEntry entry, String recordYaml, List<String> changes) {
    }

    /**
     * Imports the files all or nothing: each is read, validated and assembled first, and only when
     * none has an error (and the manifest was read whole) are all their files and the manifest
     * written, in one staged set. A manifest with errors is never rewritten: rewriting it from
     * what could be read would drop the entries and values that could not.
     *
     * @return the ids the files were archived under (also those already there); empty on errors
     */
    public List<String> importFiles(List<Input> inputs, Supplied supplied) {
        if (manifestUnreadable()) {
            return List.of();
        }
        List<Prepared> prepared = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String> idsInRun = new HashMap<>(); // id -> shown path, for two files claiming one id
        Map<String, String> bytesInRun = new HashMap<>(); // sha256 -> id, for one file named twice
        for (Input input : inputs) {
            prepare(input.file(), input.shownPath(), supplied, idsInRun, bytesInRun).ifPresent(p -> {
                prepared.add(p);
                ids.add(p.entry().id());
                bytesInRun.putIfAbsent(p.sha256(), p.entry().id());
            });
        }
        if (report.hasErrors()) {
            return List.of();
        }
        ImportManifest updated = manifest;
        StagedFiles files = new StagedFiles();
        for (Prepared p : prepared) {
            if (p.update() != null) {
                updated = updated.with(p.update().entry());
                files.add(siteRoot.resolve(RecordDerivation.recordPath(p.entry())), utf8(p.update().recordYaml()));
                continue;
            }
            if (p.assembled() == null) {
                continue; // already archived: nothing to write
            }
            String id = p.entry().id();
            updated = updated.with(p.entry());
            files.add(siteRoot.resolve(SOURCES + p.entry().archive()), p.bytes());
            files.add(siteRoot.resolve(SOURCES + id + ".yml"), utf8(SourceRecordWriter.write(p.assembled().record())));
            Path stub = siteRoot.resolve(ARTICLES + id + ".md");
            if (!Files.exists(stub)) {
                files.add(stub, utf8(EditorSchemas.withComments(DraftArticle.write(p.assembled().record()), ARTICLES + id + ".md")));
            }
        }
        if (files.isEmpty()) {
            return ids;
        }
        files.add(siteRoot.resolve(ImportManifest.PATH), utf8(updated.write()));
        SitePaths paths = new SitePaths(siteRoot);
        for (Path target : files.targets()) {
            if (!paths.mayWrite(target)) {
                report.error("outside-site", prepared.get(0).shownPath(), Position.START, siteRoot.relativize(target).toString().replace('\\', '/')
                        + " would be written outside the site (a folder on its way is a symbolic link out of it): nothing written");
                return List.of();
            }
        }
        try {
            files.commit();
        } catch (IOException e) {
            report.error("import-write", prepared.get(0).shownPath(), Position.START, "cannot write the imported files: " + e.getMessage());
            return List.of();
        }
        manifest = updated;
        for (Prepared p : prepared) {
            if (p.update() != null) {
                out.println(p.shownPath() + ": already imported as " + p.entry().id() + "; updated its manifest entry and regenerated its record");
                p.update().changes().forEach(c -> out.println("  " + c));
                out.println("  wrote " + ImportManifest.PATH);
                out.println("  wrote " + RecordDerivation.recordPath(p.entry()));
            }
            if (p.assembled() != null) {
                archivedBySha.put(p.sha256(), p.entry().id());
                describe(p.shownPath(), p.assembled(), p.imported(), files.targets().stream()
                        .filter(t -> t.getFileName().toString().startsWith(p.entry().id() + ".") || t.endsWith(ImportManifest.PATH)).toList());
            }
        }
        return ids;
    }

    /** Reads, validates and assembles one file; reports what is wrong with it and returns empty. */
    private Optional<Prepared> prepare(Path file, String shownPath, Supplied supplied,
                                       Map<String, String> idsInRun, Map<String, String> bytesInRun) {
        // a named pipe, a device (/dev/zero) or a huge file is refused before it is opened
        SitePaths.Resolved checked = SitePaths.commandLineFile(file, shownPath, report);
        if (checked.missing()) {
            report.error("import-missing", shownPath, Position.START, "file not found");
            return Optional.empty();
        }
        if (checked.unreadable() != null) {
            report.error("import-unreadable", shownPath, Position.START, "cannot read file: " + checked.unreadable());
            return Optional.empty();
        }
        Optional<byte[]> read = checked.ok() ? SitePaths.readBytes(checked.path(), shownPath, Position.START, report) : Optional.empty();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = read.get();
        if (bytes.length == 0) {
            report.error("import-empty", shownPath, Position.START, "file is empty: nothing to import");
            return Optional.empty();
        }
        String sha256 = SourceRecordReader.sha256(bytes);
        String sameBytes = bytesInRun.get(sha256);
        if (sameBytes != null) {
            out.println(shownPath + ": already imported as " + sameBytes + "; nothing written");
            return Optional.empty();
        }
        Optional<String> existing = archivedAs(sha256);
        if (existing.isPresent()) {
            ManifestEntry current = manifest.entry(existing.get()).orElseThrow();
            if (supplied.id() != null && !supplied.id().equals(current.id())) {
                report.error("reimport", shownPath, Position.START, "already imported as " + current.id() + ": --id "
                        + supplied.id() + " cannot rename it; import without --id to update its metadata");
                return Optional.empty();
            }
            Optional<Update> update = update(shownPath, current, supplied, bytes, sha256);
            if (update.isEmpty() && !report.hasErrors()) {
                out.println(shownPath + ": already imported as " + current.id() + "; nothing written"
                        + (supplied.fields().isEmpty() ? "" : " (its manifest entry already records those values)"));
            }
            return Optional.of(new Prepared(shownPath, sha256, update.map(Update::entry).orElse(current), bytes, null, null,
                    update.orElse(null)));
        }
        Optional<String> text = TextFile.decode(bytes, shownPath, report);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (ControlCharacters.first(text.get()) >= 0) {
            // its record would hold them and every bake would reject it: refused now, with each position
            ControlCharacters.check(text.get(), shownPath, report);
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            report.error("import-empty", shownPath, Position.START, "file holds only white space: nothing to import");
            return Optional.empty();
        }
        FormatReader reader = Formats.detect(text.get());
        ImportedText imported = reader.read(text.get());
        if (imported.refusal() != null) {
            report.error("import-refused", shownPath, Position.START, imported.refusal());
            return Optional.empty();
        }
        String extension = extension(reader.format());
        String id = supplied.id() != null ? supplied.id()
                : IdMaker.derive(imported, supplied, file, i -> taken(i, i + ".original." + extension) || idsInRun.containsKey(i));
        if (!SourceRecordReader.ID.matcher(id).matches()) {
            report.error("bad-id", shownPath, Position.START, "source id '" + id + "' must be lowercase ASCII letters, digits and hyphens");
            return Optional.empty();
        }
        String archive = id + ".original." + extension;
        if (taken(id, archive)) {
            report.error("id-taken", shownPath, Position.START, "source id '" + id + "' is already used by another file ("
                    + SOURCES + id + ".yml); choose another with --id");
            return Optional.empty();
        }
        String sameRun = idsInRun.putIfAbsent(id, shownPath);
        if (sameRun != null) {
            report.error("id-taken", shownPath, Position.START, "source id '" + id + "' is also the id of " + sameRun
                    + " in this import; import one of them separately with --id");
            return Optional.empty();
        }
        ManifestEntry entry = entry(id, archive, supplied);
        RecordAssembler.Assembled assembled = RecordAssembler.assemble(entry, imported, SOURCES + id + ".yml", SOURCES + archive, sha256);
        if (!assembled.problems().isEmpty()) {
            assembled.problems().forEach(p -> report.error("import-metadata", shownPath, Position.START, p.message()));
            return Optional.empty();
        }
        return Optional.of(new Prepared(shownPath, sha256, entry, bytes, assembled, imported, null));
    }

    /**
     * The update that metadata options make to a source imported before, if they change anything.
     * Its record is derived again as {@code import --regenerate} would; a record on disk whose
     * paragraphs are no longer what the archive gives is refused, since regenerating it here would
     * move paragraph numbers without renumbering the citations of them.
     */
    private Optional<Update> update(String shownPath, ManifestEntry current, Supplied supplied, byte[] bytes, String sha256) {
        ManifestEntry entry = current;
        List<String> changes = new ArrayList<>();
        String recordPath = RecordDerivation.recordPath(current);
        Optional<SourceRecord> onDisk = new SourceRecordReader(siteRoot, new Report()).read(recordPath);
        for (var given : entry(current.id(), current.archive(), supplied).fields().entrySet()) {
            ManifestEntry.Field before = current.fields().get(given.getKey());
            if (given.getValue().sameAs(before)) {
                continue;
            }
            entry = entry.withField(given.getKey(), given.getValue());
            String was = before != null ? before.provenance().label() + (before.value() != null ? " " + before.value() : "")
                    : onDisk.map(r -> provenance(r, given.getKey()).label()).orElse("as the file gives it");
            changes.add(given.getKey() + ": supplied " + given.getValue().value() + ", was " + was);
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Optional<RecordDerivation.Derived> derived = RecordDerivation.derive(entry, bytes, sha256, report);
        if (derived.isEmpty()) {
            return Optional.empty();
        }
        if (onDisk.isPresent() && !texts(onDisk.get().paragraphs()).equals(texts(derived.get().record().paragraphs()))) {
            report.error("reimport", shownPath, Position.START, recordPath + " no longer has the paragraphs its archive gives:"
                    + " run import --regenerate first (it renumbers the citations), then import again with the options");
            return Optional.empty();
        }
        return Optional.of(new Update(entry, derived.get().yaml(), changes));
    }

    /** Whether the manifest had errors: then nothing may be derived from it, nor written over it. */
    private boolean manifestUnreadable() {
        return report.hasErrorsIn(ImportManifest.PATH);
    }

    /** What {@link #regenerate(boolean)} did: records rewritten (or, in a dry run, that would be) and records unchanged. */
    public record Regenerated(int changed, int unchanged) {
    }

    /**
     * A record whose paragraph texts changed when it was derived again: its paragraphs as the record
     * on disk had them, and as they are now.
     */
    public record Renumbered(String id, List<Paragraph> before, List<Paragraph> after) {
        public Renumbered {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * Rewrites the citations in the site's pages for records whose paragraphs changed, so that each
     * still cites the words it cited; returns the pages to write (site-relative path to bytes), and
     * reports what it cannot rewrite as errors (then nothing is written).
     */
    public interface CitationRewriter {
        Map<String, byte[]> rewrite(List<Renumbered> changed, Report report, PrintWriter out);
    }

    /** {@link #regenerate(boolean, CitationRewriter)} without rewriting any page. */
    public Regenerated regenerate(boolean dryRun) {
        return regenerate(dryRun, (changed, r, o) -> Map.of());
    }

    /**
     * Rebuilds every source record in the manifest from its archived file, printing a unified diff
     * of each record it changes; with {@code dryRun} it prints the same and writes nothing. All or
     * nothing: when any record cannot be derived (or the manifest has errors) none is written.
     */
    public Regenerated regenerate(boolean dryRun, CitationRewriter rewriter) {
        if (manifestUnreadable()) {
            return new Regenerated(0, 0);
        }
        int unchanged = 0;
        List<Renumbered> renumbered = new ArrayList<>();
        StagedFiles files = new StagedFiles();
        StringBuilder diffs = new StringBuilder();
        for (ManifestEntry entry : manifest.entries()) {
            Optional<RecordDerivation.Derived> derived = RecordDerivation.derive(siteRoot, entry, report);
            if (derived.isEmpty()) {
                continue;
            }
            String recordPath = RecordDerivation.recordPath(entry);
            String written = derived.get().yaml();
            Path target = siteRoot.resolve(recordPath);
            SitePaths.Resolved existing = new SitePaths(siteRoot).file(recordPath, recordPath, Position.START, "source record", report);
            if (!existing.ok() && !existing.missing()) {
                continue; // a record that is a link outside the site or not a file is neither read nor replaced
            }
            String before;
            try {
                before = existing.ok() ? Files.readString(existing.path(), StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                report.error("import-write", recordPath, Position.START, "cannot read the record: " + e.getMessage());
                continue;
            }
            if (written.equals(before)) {
                unchanged++;
                continue;
            }
            diffs.append(RecordDiff.unified(recordPath, before, written));
            files.add(target, utf8(written));
            if (existing.ok()) {
                // the paragraphs as the record on disk has them; a record that does not load has no numbers to keep
                new SourceRecordReader(siteRoot, new Report()).read(recordPath)
                        .filter(old -> !texts(old.paragraphs()).equals(texts(derived.get().record().paragraphs())))
                        .ifPresent(old -> renumbered.add(new Renumbered(entry.id(), old.paragraphs(), derived.get().record().paragraphs())));
            }
        }
        // all or nothing: one record that cannot be derived leaves every record as it was
        if (report.hasErrors()) {
            return new Regenerated(0, 0);
        }
        out.print(diffs);
        int records = files.targets().size();
        if (!renumbered.isEmpty()) {
            Map<String, byte[]> pages = rewriter.rewrite(renumbered, report, out);
            if (report.hasErrors()) {
                return new Regenerated(0, 0);
            }
            pages.forEach((path, bytes) -> files.add(siteRoot.resolve(path), bytes));
        }
        if (!dryRun && !files.isEmpty()) {
            try {
                files.commit();
            } catch (IOException e) {
                report.error("import-write", ImportManifest.PATH, Position.START, "cannot write the records: " + e.getMessage());
                return new Regenerated(0, 0);
            }
        }
        return new Regenerated(records, unchanged);
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    /** The id under which these exact bytes are already archived, if any; archives are hashed once per run. */
    private Optional<String> archivedAs(String sha256) {
        if (archivedBySha == null) {
            archivedBySha = new HashMap<>();
            for (ManifestEntry entry : manifest.entries()) {
                // an unreadable or refused archive is reported by check and bake; it cannot match
                RecordDerivation.archive(siteRoot, entry, new Report())
                        .ifPresent(bytes -> archivedBySha.putIfAbsent(SourceRecordReader.sha256(bytes), entry.id()));
            }
        }
        return Optional.ofNullable(archivedBySha.get(sha256));
    }

    private boolean taken(String id, String archive) {
        return manifest.entry(id).isPresent() || Files.exists(siteRoot.resolve(SOURCES + id + ".yml"))
                || Files.exists(siteRoot.resolve(SOURCES + archive));
    }

    private static ManifestEntry entry(String id, String archive, Supplied supplied) {
        Map<String, ManifestEntry.Field> fields = new TreeMap<>();
        String note = supplied.note() != null ? supplied.note() : "Supplied on the command line by the editor.";
        supplied.fields().forEach((name, value) -> fields.put(name, new ManifestEntry.Field(value, Provenance.SUPPLIED, note)));
        return new ManifestEntry(id, archive, false, fields, new HashMap<>());
    }

    private void describe(String shownPath, RecordAssembler.Assembled assembled, ImportedText imported, List<Path> written) {
        SourceRecord r = assembled.record();
        out.printf("%s: imported as %s (%s, %d %s)%n", shownPath, r.id(), r.format(), r.paragraphs().size(),
                r.paragraphs().size() == 1 ? "paragraph" : "paragraphs");
        for (Path p : written) {
            out.println("  wrote " + siteRoot.relativize(p).toString().replace('\\', '/'));
        }
        Map<Provenance, List<String>> byProvenance = new TreeMap<>();
        List.of("title", "publisher", "author", "date", "url", "language", "accessed").forEach(name ->
                byProvenance.computeIfAbsent(provenance(r, name), k -> new ArrayList<>()).add(name));
        byProvenance.forEach((p, names) -> out.println("  " + p.label() + ": " + String.join(", ", names)));
        for (Paragraph p : r.paragraphs()) {
            if (p.isExcluded()) {
                out.println("  excluded ¶" + p.number() + " (" + p.kind() + "): " + p.excludedReason());
            }
        }
        imported.notes().forEach(n -> out.println("  note: " + n));
        if (!assembled.missing().isEmpty()) {
            report.add(new Diagnostic("import-missing-metadata", Severity.WARNING, shownPath, Position.START,
                    "the file does not state " + String.join(", ", assembled.missing()) + ": supply "
                            + (assembled.missing().size() == 1 ? "it" : "them") + " with "
                            + String.join(", ", assembled.missing().stream().map(m -> "--" + m).toList())
                            + " or in " + ImportManifest.PATH + " (with the basis of any inference)", null));
        }
    }

    private static Provenance provenance(SourceRecord r, String field) {
        return switch (field) {
            case "title" -> r.title().provenance();
            case "publisher" -> r.publisher().provenance();
            case "author" -> r.author().provenance();
            case "date" -> r.date().provenance();
            case "url" -> r.url().provenance();
            case "language" -> r.language().provenance();
            default -> r.accessed().provenance();
        };
    }

    private static String extension(String format) {
        return switch (format) {
            case "wordpress-json" -> "json";
            case "html-page" -> "html";
            default -> "txt";
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
