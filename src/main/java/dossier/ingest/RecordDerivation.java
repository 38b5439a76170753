package dossier.ingest;

import dossier.diag.Report;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;
import dossier.source.SourceRecordWriter;
import dossier.text.SitePaths;
import dossier.text.TextFile;

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
        if (!SourceRecordReader.ID.matcher(entry.id()).matches()) {
            // the id names the record's file: a crafted one ("../../x") would write outside content/sources/
            report.error("bad-id", ImportManifest.PATH, entry.position(),
                    "source id '" + entry.id() + "' must be lowercase ASCII letters, digits and hyphens");
            return Optional.empty();
        }
        return archive(siteRoot, entry, report).flatMap(bytes -> derive(entry, bytes, SourceRecordReader.sha256(bytes), report));
    }

    /**
     * The bytes of an entry's archive, which must be a regular file inside {@code content/sources/}
     * (a crafted archive name is refused before anything is opened).
     */
    static Optional<byte[]> archive(Path siteRoot, ManifestEntry entry, Report report) {
        String archivePath = archivePath(entry);
        SitePaths.Resolved file = new SitePaths(siteRoot.resolve(Importer.SOURCES))
                .file(entry.archive(), ImportManifest.PATH, entry.position(), "archive", report);
        if (file.missing()) {
            report.error("archive-missing", ImportManifest.PATH, entry.position(),
                    "archived file " + archivePath + " of '" + entry.id() + "' cannot be read: not found");
        }
        return file.ok() ? SitePaths.readBytes(file.path(), ImportManifest.PATH, entry.position(), report) : Optional.empty();
    }

    /** Derives from archive bytes already read and hashed (the proof has, to check their sha256). */
    static Optional<Derived> derive(ManifestEntry entry, byte[] archive, String sha256, Report report) {
        String archivePath = archivePath(entry);
        Optional<String> text = TextFile.decode(archive, archivePath, report);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ImportedText imported = Formats.detect(text.get()).read(text.get());
        RecordAssembler.Assembled assembled = RecordAssembler.assemble(entry, imported, recordPath(entry), archivePath, sha256);
        assembled.problems().forEach(p -> report.error("import-metadata", ImportManifest.PATH,
                p.at() != null ? p.at() : entry.position(), entry.id() + ": " + p.message()));
        if (!assembled.problems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Derived(assembled.record(), SourceRecordWriter.write(assembled.record())));
    }
}
