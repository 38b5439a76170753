package dossier.source;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceRecordReaderTest {
    private static final String RECORD = "content/sources/trade-2023.yml";
    private static final String ARCHIVE = "content/sources/trade-2023.original.txt";
    private static final byte[] ORIGINAL = "Seoul and Tokyo agreed on Monday.\n\nTimetable\n\nSubscribe now.\n"
            .getBytes(StandardCharsets.UTF_8);

    /** A valid record; the comments give line numbers used by the tests. */
    private static final String VALID = """
            id: trade-2023
            archive:
              file: trade-2023.original.txt
              sha256: SHA
              format: plain-text
            title:
              value: "Trade status restored"
              provenance: stated
            publisher:
              value: "Example News"
              provenance: supplied
              note: "From the site header."
            author:
              value: null
              provenance: missing
              note: "No byline."
            date:
              value: "2023-04-24"
              precision: day
              provenance: stated
            url:
              value: "https://example.org/trade"
              provenance: stated
            language:
              value: "en"
              provenance: inferred
              note: "Written in English."
            accessed:
              value: "2024-01"
              provenance: stated
            fulltext: false
            paragraphs:
              - n: 1
                text: "Seoul and Tokyo agreed on Monday."
              - n: 2
                kind: heading
                text: "Timetable"
              - n: 3
                excluded: "Publisher promo."
                text: "Subscribe now."
            """;

    @TempDir
    Path site;
    private final Report report = new Report();

    @BeforeEach
    void archive() throws IOException {
        Files.createDirectories(site.resolve("content/sources"));
        Files.write(site.resolve(ARCHIVE), ORIGINAL);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Writes the record (with the archive's real sha256 for "SHA") and reads it. */
    private Optional<SourceRecord> read(String yaml) throws Exception {
        Files.writeString(site.resolve(RECORD), yaml.replace("SHA", sha256(ORIGINAL)), StandardCharsets.UTF_8);
        return new SourceRecordReader(site, report).read(RECORD);
    }

    /** VALID with one line replaced: lines are 1-based as in the file. */
    private static String withLine(int line, String replacement) {
        List<String> lines = new java.util.ArrayList<>(VALID.lines().toList());
        lines.set(line - 1, replacement);
        return String.join("\n", lines) + "\n";
    }

    private static String withoutLine(int line) {
        List<String> lines = new java.util.ArrayList<>(VALID.lines().toList());
        lines.remove(line - 1);
        return String.join("\n", lines) + "\n";
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> all = report.diagnostics();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void validRecordIsRead() throws Exception {
        SourceRecord r = read(VALID).orElseThrow(() -> new AssertionError(report.diagnostics().toString()));
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals("trade-2023", r.id());
        assertEquals(RECORD, r.path());
        assertEquals(new Position(1, 5), r.idPosition());
        assertEquals(ARCHIVE, r.archivePath());
        assertEquals(sha256(ORIGINAL), r.sha256());
        assertEquals("plain-text", r.format());

        assertEquals(new MetaField<>("Trade status restored", Provenance.STATED, null), r.title());
        assertEquals(new MetaField<>("Example News", Provenance.SUPPLIED, "From the site header."), r.publisher());
        assertTrue(r.publisher().isEditorial());
        assertEquals(new MetaField<String>(null, Provenance.MISSING, "No byline."), r.author());
        assertFalse(r.author().isKnown());
        assertEquals(new MetaField<>(new PartialDate(2023, 4, 24), Provenance.STATED, null), r.date());
        assertEquals("https://example.org/trade", r.url().value());
        assertEquals(Provenance.INFERRED, r.language().provenance());
        assertEquals(new PartialDate(2024, 1, 0), r.accessed().value());
        assertFalse(r.fullText());

        assertEquals(List.of(
                new Paragraph(1, "text", "Seoul and Tokyo agreed on Monday.", null),
                new Paragraph(2, "heading", "Timetable", null),
                new Paragraph(3, "text", "Subscribe now.", "Publisher promo.")), r.paragraphs());
        assertTrue(r.paragraph(3).orElseThrow().isExcluded());
        assertEquals(Optional.empty(), r.paragraph(4));
        assertEquals(Optional.empty(), r.paragraph(0));
    }

    @Test
    void changedArchiveIsReportedAtTheSha256ButTheIdStillRegisters() throws Exception {
        Files.writeString(site.resolve(ARCHIVE), "Seoul and Tokyo agreed on Tuesday.\n");
        Optional<SourceRecord> record = read(VALID);
        assertTrue(record.isPresent(), "a changed archive must not cascade into unknown-source errors");
        Diagnostic d = onlyDiagnostic();
        assertEquals("archive-changed", d.code());
        assertEquals(RECORD, d.path());
        assertEquals(new Position(4, 11), d.position());
        assertEquals("archived original '" + ARCHIVE + "' has sha256 " + sha256(Files.readAllBytes(site.resolve(ARCHIVE)))
                + ", but the record says " + sha256(ORIGINAL), d.message());
        assertEquals("An archive must stay byte-identical to the file as received; restore it, or re-import the new file.", d.hint());
    }

    @Test
    void archiveIsComparedByteForByte() throws Exception {
        // the same text with CRLF line ends is a different file
        Files.write(site.resolve(ARCHIVE), new String(ORIGINAL, StandardCharsets.UTF_8).replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        read(VALID);
        assertEquals("archive-changed", onlyDiagnostic().code());
    }

    @Test
    void sha256MayBeWrittenInCapitals() throws Exception {
        Files.writeString(site.resolve(RECORD), VALID.replace("SHA", sha256(ORIGINAL).toUpperCase()));
        assertTrue(new SourceRecordReader(site, report).read(RECORD).isPresent());
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
    }

    @Test
    void missingArchiveIsReportedAtTheFileName() throws Exception {
        Files.delete(site.resolve(ARCHIVE));
        read(VALID);
        Diagnostic d = onlyDiagnostic();
        assertEquals("archive-missing", d.code());
        assertEquals(new Position(3, 9), d.position());
        assertEquals("archived original '" + ARCHIVE + "' not found", d.message());
    }

    @Test
    void valueWithProvenanceMissingIsReportedAtTheValue() throws Exception {
        assertEquals(Optional.empty(), read(withLine(14, "  value: \"Kim\"")));
        Diagnostic d = onlyDiagnostic();
        assertEquals("provenance", d.code());
        assertEquals(new Position(14, 10), d.position());
        assertEquals("'author' has a value but its provenance is 'missing'", d.message());
    }

    @Test
    void inferredWithoutNoteIsReportedAtTheProvenance() throws Exception {
        assertEquals(Optional.empty(), read(withoutLine(27)));
        Diagnostic d = onlyDiagnostic();
        assertEquals("provenance-note", d.code());
        assertEquals(new Position(26, 15), d.position());
        assertEquals("'language' is inferred: add a note giving the basis or the reason", d.message());
    }

    @Test
    void missingWithoutNoteIsReported() throws Exception {
        read(withoutLine(16));
        Diagnostic d = onlyDiagnostic();
        assertEquals("provenance-note", d.code());
        assertEquals("'author' is missing: add a note giving the basis or the reason", d.message());
    }

    @Test
    void statedWithoutValueIsReportedAtTheProvenance() throws Exception {
        assertEquals(Optional.empty(), read(withLine(7, "  value: null")));
        Diagnostic d = onlyDiagnostic();
        assertEquals("provenance", d.code());
        assertEquals(new Position(8, 15), d.position());
        assertEquals("'title' is stated but has no value (use provenance: missing)", d.message());
    }

    @Test
    void unknownProvenanceIsReported() throws Exception {
        read(withLine(20, "  provenance: guessed"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("bad-provenance", d.code());
        assertEquals(new Position(20, 15), d.position());
        assertEquals("provenance of 'date' must be stated, supplied, inferred or missing, found 'guessed'", d.message());
    }

    @Test
    void paragraphsNumberedOutOfOrderAreReportedAtTheNumber() throws Exception {
        assertEquals(Optional.empty(), read(withLine(35, "  - n: 3")));
        Diagnostic d = onlyDiagnostic();
        assertEquals("paragraph-number", d.code());
        assertEquals(new Position(35, 8), d.position());
        assertEquals("paragraphs must be numbered 1, 2, 3… in order: expected 2, found 3", d.message());
    }

    @Test
    void unknownFieldIsReportedAtItsKeyWithASuggestion() throws Exception {
        assertEquals(Optional.empty(), read(withLine(9, "publsher:")));
        // the record lacks 'publisher' now, but that follows from the typo: one error, not two
        Diagnostic d = onlyDiagnostic();
        assertEquals("unknown-field", d.code());
        assertEquals(new Position(9, 1), d.position());
        assertEquals("unknown field 'publsher' in source record (did you mean 'publisher'?)", d.message());
    }

    @Test
    void aMissingFieldWithoutAKeyCloseToItIsStillReported() throws Exception {
        assertEquals(Optional.empty(), read(withLine(9, "editor:")));
        List<String> codes = report.diagnostics().stream().map(Diagnostic::code).toList();
        assertEquals(List.of("missing-field", "unknown-field"), codes, report.diagnostics().toString());
    }

    @Test
    void anEmptyRecordIsOneError() throws Exception {
        assertEquals(Optional.empty(), read(""));
        Diagnostic d = onlyDiagnostic();
        assertEquals("source-record", d.code());
        assertEquals("the source record is empty: import the source again, or restore the file", d.message());
    }

    @Test
    void unknownFieldInsideAMetadataField() throws Exception {
        read(withLine(19, "  precison: day"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("unknown-field", d.code());
        assertEquals(new Position(19, 3), d.position());
        assertEquals("unknown field 'precison' in field 'date' (did you mean 'precision'?)", d.message());
    }

    @Test
    void unknownFieldInAParagraph() throws Exception {
        read(withLine(36, "    kinds: heading"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("unknown-field", d.code());
        assertEquals(new Position(36, 5), d.position());
        assertEquals("unknown field 'kinds' in an item of 'paragraphs' (did you mean 'kind' or 'links'?)", d.message());
    }

    @Test
    void impossibleDateIsReportedAtTheValue() throws Exception {
        read(withLine(18, "  value: \"2023-02-30\""));
        Diagnostic d = onlyDiagnostic();
        assertEquals("bad-date", d.code());
        assertEquals(new Position(18, 10), d.position());
        assertEquals("'date' must be an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD), found '2023-02-30'", d.message());
    }

    @Test
    void precisionMustMatchTheDate() throws Exception {
        read(withLine(19, "  precision: month"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("bad-date", d.code());
        assertEquals(new Position(19, 14), d.position());
        assertEquals("precision 'month' does not match the date '2023-04-24' (precision day)", d.message());
    }

    @Test
    void aMetadataFieldThatIsLeftOutIsReported() throws Exception {
        String yaml = VALID.replace("accessed:\n  value: \"2024-01\"\n  provenance: stated\n", "");
        assertEquals(Optional.empty(), read(yaml));
        Diagnostic d = onlyDiagnostic();
        assertEquals("missing-field", d.code());
        assertEquals(Position.START, d.position());
        assertEquals("source record is missing required field 'accessed' (write value: null and provenance: missing with a note if it is unknown)",
                d.message());
    }

    @Test
    void badIdIsReported() throws Exception {
        read(withLine(1, "id: Trade_2023"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("bad-id", d.code());
        assertEquals(new Position(1, 5), d.position());
    }

    @Test
    void urlMustBeHttp() throws Exception {
        read(withLine(22, "  value: \"javascript:alert(1)\""));
        Diagnostic d = onlyDiagnostic();
        assertEquals("bad-url", d.code());
        assertEquals(new Position(22, 10), d.position());
    }

    @Test
    void missingParagraphsAreReported() throws Exception {
        String yaml = VALID.substring(0, VALID.indexOf("paragraphs:"));
        read(yaml);
        Diagnostic d = onlyDiagnostic();
        assertEquals("missing-field", d.code());
        assertEquals("source record is missing required field 'paragraphs'", d.message());
    }

    @Test
    void aRecordThatIsNotAMappingIsReported() throws Exception {
        assertEquals(Optional.empty(), read("- a\n- b\n"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("source-record", d.code());
        assertEquals("a source record must be a mapping of fields, found a list", d.message());
    }

    @Test
    void allProblemsOfARecordAreReportedAtOnce() throws Exception {
        String yaml = withLine(35, "  - n: 5").replace("  provenance: inferred\n  note: \"Written in English.\"\n", "  provenance: inferred\n");
        read(yaml);
        assertEquals(List.of("provenance-note", "paragraph-number"),
                report.diagnostics().stream().map(Diagnostic::code).toList());
        assertNull(report.diagnostics().get(0).hint());
    }
}
