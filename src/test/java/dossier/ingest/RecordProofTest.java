package dossier.ingest;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proof: a record generated from archive and manifest passes; each kind of edit to it is found at its line. */
class RecordProofTest {
    private static final String RECORD = "content/sources/trade.yml";
    private static final String ARCHIVE = """
            Seoul and Tokyo agreed on Monday to restore each other's trade status after three years of disputes.
            The ministry said the decision takes effect this week.
            Subscribe to our newsletter for more stories like this.
            """;
    private static final String MANIFEST = """
            sources:
              - id: trade
                archive: trade.original.txt
                fields:
                  title:
                    value: "Trade status restored"
                    provenance: supplied
                    note: "The file has no headline."
                paragraphs:
                  - n: 3
                    kind: promo
                    excluded: true
                    reason: "Publisher promo."
            """;

    @TempDir
    Path site;
    private String generated;

    @BeforeEach
    void generate() throws IOException {
        Files.createDirectories(site.resolve("content/sources"));
        Files.writeString(site.resolve("content/sources/trade.original.txt"), ARCHIVE);
        Files.writeString(site.resolve(ImportManifest.PATH), MANIFEST);
        Report report = new Report();
        new Importer(site, report, new PrintWriter(Writer.nullWriter())).regenerate(false);
        assertEquals(List.of(), report.diagnostics());
        generated = Files.readString(site.resolve(RECORD));
    }

    @Test
    void aGeneratedRecordPasses() throws IOException {
        assertEquals(List.of(), prove());
    }

    @Test
    void aChangedParagraphTextIsReportedAtItsLineWithTheFirstDifference() throws IOException {
        tamper("takes effect this week", "takes effect next week");
        Diagnostic d = only(prove());
        assertEquals("record-differs", d.code());
        assertEquals(valueAt("takes effect next week"), d.position());
        assertTrue(d.message().endsWith(": ¶2 text"), d.message());
        assertTrue(d.hint().startsWith("the record has \"…cision takes effect next week.\" where the archive and manifest give \"…cision takes effect this week.\""), d.hint());
        assertTrue(d.hint().contains("import --regenerate"), d.hint());
    }

    @Test
    void aChangedExclusionAndAChangedKindAreEachReported() throws IOException {
        tamper("excluded: \"Publisher promo.\"", "excluded: \"Not ours.\"");
        tamper("kind: promo", "kind: caption");
        List<Diagnostic> found = prove();
        assertEquals(List.of("¶3 kind", "¶3 exclusion"), fields(found));
        assertEquals(valueAt("kind: caption"), found.get(0).position());
        assertEquals(valueAt("excluded: \"Not ours.\""), found.get(1).position());
    }

    @Test
    void aRemovedExclusionIsReportedAtTheParagraph() throws IOException {
        tamper("    excluded: \"Publisher promo.\"\n", "");
        Diagnostic d = only(prove());
        assertTrue(d.message().endsWith(": ¶3 exclusion"), d.message());
        assertTrue(d.hint().startsWith("the record has nothing where the archive and manifest give \"Publisher promo.\""), d.hint());
        assertEquals(new Position(lineOf("- n: 3"), 5), d.position());
    }

    @Test
    void metadataValueProvenanceAndNoteAreEachReportedAtTheirLines() throws IOException {
        tamper("value: \"Trade status restored\"", "value: \"Trade status restored at last\"");
        tamper("provenance: supplied\n  note: \"The file has no headline.\"", "provenance: stated\n  note: \"Said so.\"");
        List<Diagnostic> found = prove();
        assertEquals(List.of("title value", "title provenance", "title note"), fields(found));
        assertEquals(valueAt("Trade status restored at last"), found.get(0).position());
        assertEquals(valueAt("provenance: stated"), found.get(1).position());
        assertEquals(valueAt("note: \"Said so.\""), found.get(2).position());
        assertTrue(found.get(1).hint().startsWith("the record has \"stated\" where the archive and manifest give \"supplied\""));
    }

    @Test
    void anInventedParagraphAndADroppedOneAreReported() throws IOException {
        String last = generated.substring(generated.lastIndexOf("  - n: 3"));
        tamper(last, last + "  - n: 4\n    text: \"An invented paragraph.\"\n");
        Diagnostic added = only(prove());
        assertTrue(added.message().endsWith(": ¶4"), added.message());
        assertEquals(new Position(lineOf("- n: 4"), 5), added.position());

        Files.writeString(site.resolve(RECORD), generated.replace(last, ""));
        Diagnostic dropped = only(prove());
        assertTrue(dropped.message().endsWith(": ¶3"), dropped.message());
        assertTrue(dropped.hint().startsWith("the record has nothing where the archive and manifest give \"Subscribe"), dropped.hint());
    }

    @Test
    void manyDifferencesAreCappedPerRecordAndCounted() throws IOException {
        Files.writeString(site.resolve(RECORD), generated.replace("note: \"", "note: \"Edited. "));
        List<Diagnostic> found = prove();
        long changedFields = generated.lines().filter(l -> l.contains("note: \"")).count();
        assertTrue(changedFields > RecordProof.SHOWN_PER_RECORD, "the test changes more fields than are shown");
        assertEquals(RecordProof.SHOWN_PER_RECORD + 1, found.size());
        long more = changedFields - RecordProof.SHOWN_PER_RECORD;
        assertTrue(found.stream().anyMatch(d -> d.message().endsWith("in " + more + " more places")), found.toString());
    }

    @Test
    void onlyTheLayoutDifferingIsNotAnError() throws IOException {
        tamper("title:\n  value: \"Trade status restored\"\n  provenance: supplied\n  note: \"The file has no headline.\"\n",
                "title: {value: Trade status restored, provenance: supplied, note: The file has no headline.}\n");
        assertEquals(List.of(), prove());
    }

    @Test
    void aChangedArchiveIsReportedOnceAsArchiveChanged() throws IOException {
        Files.writeString(site.resolve("content/sources/trade.original.txt"), ARCHIVE.replace("Monday", "Tuesday"));
        assertEquals(List.of("archive-changed"), prove().stream().map(Diagnostic::code).toList());
    }

    @Test
    void aRecordWithoutAManifestEntryIsAnError() throws IOException {
        Files.writeString(site.resolve(ImportManifest.PATH), "sources: []\n");
        Diagnostic d = only(prove());
        assertEquals("record-not-in-manifest", d.code());
        assertEquals(valueAt("id: trade"), d.position());
    }

    @Test
    void aManifestEntryWithoutARecordIsAnErrorAtTheEntry() throws IOException {
        Files.delete(site.resolve(RECORD));
        Diagnostic d = only(prove());
        assertEquals("record-missing", d.code());
        assertEquals(ImportManifest.PATH, d.path());
        assertEquals(new Position(MANIFEST.lines().toList().indexOf("  - id: trade") + 1, 9), d.position());
    }

    @Test
    void aMalformedManifestIsReportedAtItsOwnPositionWithoutCascading() throws IOException {
        String bad = MANIFEST.replace("provenance: supplied", "provenance: stated");
        Files.writeString(site.resolve(ImportManifest.PATH), bad);
        List<Diagnostic> found = prove();
        assertEquals(List.of("bad-provenance"), found.stream().map(Diagnostic::code).toList());
        assertEquals(ImportManifest.PATH, found.get(0).path());
        int line = bad.lines().toList().indexOf("        provenance: stated") + 1;
        assertEquals(new Position(line, 21), found.get(0).position());
    }

    private List<Diagnostic> prove() throws IOException {
        Report report = new Report();
        SourceRecordReader reader = new SourceRecordReader(site, report);
        List<String> files;
        try (Stream<Path> list = Files.list(site.resolve("content/sources"))) {
            files = list.map(p -> "content/sources/" + p.getFileName()).filter(p -> p.endsWith(".yml")).sorted().toList();
        }
        List<SourceRecord> records = files.stream().map(reader::read).flatMap(Optional::stream).toList();
        RecordProof.proveAll(site, records, files, report);
        return report.diagnostics();
    }

    private void tamper(String from, String to) throws IOException {
        String now = Files.readString(site.resolve(RECORD), StandardCharsets.UTF_8);
        assertTrue(now.contains(from), "the record holds " + from);
        Files.writeString(site.resolve(RECORD), now.replace(from, to));
    }

    /** The position of the value on the record's line that contains {@code needle}. */
    private Position valueAt(String needle) throws IOException {
        String line = Files.readString(site.resolve(RECORD)).lines().filter(l -> l.contains(needle)).findFirst().orElseThrow();
        return new Position(lineOf(needle), line.indexOf(": ") + 3);
    }

    private int lineOf(String needle) throws IOException {
        List<String> lines = Files.readString(site.resolve(RECORD)).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + needle);
    }

    private static Diagnostic only(List<Diagnostic> found) {
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private static List<String> fields(List<Diagnostic> found) {
        return found.stream().map(d -> d.message().substring(d.message().lastIndexOf(": ") + 2)).toList();
    }
}
