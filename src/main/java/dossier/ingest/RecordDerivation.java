package dossier.ingest;

import dossier.diag.Report;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;
import dossier.source.SourceRecordWriter;
import dossier.text.TextFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Derives one source record from its archived file and its manifest entry. It is the one code
 * path of {@code import --regenerate} and of the proof at every check and bake, so that what the
 * build accepts is exactly what regenerating would write.
 */
final class RecordDerivation {

    /** The record, and the YAML that {@code import --regenerate} writes for it. */
    record Derived(SourceRecord record, String yaml) {
    }

    private RecordDerivation() {
    }

    static String recordPath(ManifestEntry entry) {
        return Importer.SOURCES + entry.id() + ".yml";
    }

    static String archivePath(ManifestEntry entry) {
        return Importer.SOURCES + entry.archive();
    }

    /** Reads the archive and derives; problems are reported at the manifest entry or the archive. */
    static Optional<Derived> derive(Path siteRoot, ManifestEntry entry, Report report) {
        String archivePath = archivePath(entry);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(siteRoot.resolve(archivePath));
        } catch (IOException e) {
            report.error("archive-missing", ImportManifest.PATH, entry.position(),
                    "archived file " + archivePath + " of '" + entry.id() + "' cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        return derive(entry, bytes, report);
    }

    /** Derives from archive bytes already read (the proof has read them to check their sha256). */
    static Optional<Derived> derive(ManifestEntry entry, byte[] archive, Report report) {
        String archivePath = archivePath(entry);
        Optional<String> text = TextFile.decode(archive, archivePath, report);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ImportedText imported = Formats.detect(text.get()).read(text.get());
        RecordAssembler.Assembled assembled = RecordAssembler.assemble(entry, imported, recordPath(entry), archivePath,
                SourceRecordReader.sha256(archive));
        assembled.problems().forEach(p -> report.error("import-metadata", ImportManifest.PATH, entry.position(), entry.id() + ": " + p));
        if (!assembled.problems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Derived(assembled.record(), SourceRecordWriter.write(assembled.record())));
    }
}
