package dossier.source;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.ingest.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The source-record schema declares what the record reader takes, and rejects what it rejects. */
class RecordSchemaTest {
    private static final EditorSchemas.Kind RECORD = EditorSchemas.Kind.SOURCE_RECORD;
    private static final List<String> META = List.of("title", "publisher", "author", "date", "url", "language", "accessed");

    @Test
    void theSchemaHasTheReadersFields() {
        assertEquals(new TreeSet<>(SourceRecordReader.FIELDS), Schemas.properties(RECORD, ""));
        assertEquals(new TreeSet<>(SourceRecordReader.ARCHIVE_FIELDS), Schemas.properties(RECORD, "/properties/archive"));
        for (String field : META) {
            assertEquals(new TreeSet<>(SourceRecordReader.META_FIELDS), Schemas.properties(RECORD, "/properties/" + field), field);
            assertEquals(Arrays.stream(Provenance.values()).map(Provenance::label).collect(Collectors.toCollection(TreeSet::new)),
                    Schemas.enumeration(RECORD, "/properties/" + field + "/properties/provenance"), field);
        }
        assertEquals(new TreeSet<>(SourceRecordReader.PARAGRAPH_FIELDS), Schemas.properties(RECORD, "/properties/paragraphs/items"));
        assertEquals(new TreeSet<>(SourceRecordReader.LINK_FIELDS),
                Schemas.properties(RECORD, "/properties/paragraphs/items/properties/links/items"));
        // the reader takes any kind; the schema lists the kinds import writes, so that a typo shows in the editor
        assertEquals(new TreeSet<>(Block.KINDS), Schemas.enumeration(RECORD, "/properties/paragraphs/items/properties/kind"));
        assertEquals(Paragraph.TEXT, Block.TEXT);
    }

    private static String valid(Path site) throws IOException {
        Files.createDirectories(site.resolve("content/sources"));
        byte[] archive = "Seoul and Tokyo agreed.".getBytes(StandardCharsets.UTF_8);
        Files.write(site.resolve("content/sources/a.original.txt"), archive);
        SourceRecord record = new SourceRecord("a", "content/sources/a.yml", Position.START, "content/sources/a.original.txt",
                SourceRecordReader.sha256(archive), "plain-text", new MetaField<>("A title", Provenance.SUPPLIED, "From the print edition."),
                new MetaField<>("Yonhap", Provenance.STATED, null), MetaField.missing("Not named."),
                new MetaField<>(PartialDate.parse("2023-04").orElseThrow(), Provenance.INFERRED, "From ¶1."),
                MetaField.missing("No address."), new MetaField<>("en", Provenance.STATED, null), MetaField.missing("Not recorded."), false,
                List.of(new Paragraph(1, Block.STANDFIRST, "Seoul and Tokyo agreed.", null,
                        List.of(new SourceLink("Tokyo", 10, null, "Its target was stripped."))),
                        new Paragraph(2, Block.PROMO, "Subscribe.", "Publisher promo.")));
        return SourceRecordWriter.write(record);
    }

    private static Set<String> readerCodes(Path site, String text) throws IOException {
        Files.writeString(site.resolve("content/sources/a.yml"), text);
        Report report = new Report();
        new SourceRecordReader(site, report).read("content/sources/a.yml");
        return report.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aWrittenRecordIsValidByBoth(@TempDir Path site) throws IOException {
        String text = valid(site);
        assertEquals(Set.of(), readerCodes(site, text));
        assertEquals(List.of(), Schemas.errors(RECORD, text));
        assertTrue(text.startsWith(EditorSchemas.comments(RECORD, "content/sources/a.yml")), text);
    }

    /** Each edit of a valid record: the error code the reader gives, and what the schema's errors name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown field      | 'id: a\n'                             | 'id: a\npublsher: x\n'                              | unknown-field    | publsher",
        "a bad id              | 'id: a\n'                             | 'id: A_1\n'                                         | bad-id           | /id",
        "a guessed provenance  | 'provenance: supplied\n'              | 'provenance: guessed\n'                             | bad-provenance   | /title/provenance",
        "an inference, no note | '  note: \"From ¶1.\"\n'              | ''                                                  | provenance-note  | /date",
        "a value that is missing | '  value: null\n  provenance: missing\n  note: \"Not named.\"' | '  value: \"Kim\"\n  provenance: missing\n  note: \"Not named.\"' | provenance | /author/value",
        "a month that is not   | '2023-04'                             | '2023-13'                                           | bad-date         | /date/value",
        "a link, no target, no note | '        note: \"Its target was stripped.\"\n' | ''                                    | source-record    | /paragraphs/0/links/0",
    })
    void theSchemaRejectsWhatTheReaderRejects(String name, String from, String to, String code, String schemaSays, @TempDir Path site)
            throws IOException {
        String text = valid(site);
        String written = from.replace("\\n", "\n");
        assertTrue(text.contains(written), name + ": " + written);
        String edited = text.replaceFirst(java.util.regex.Pattern.quote(written), java.util.regex.Matcher.quoteReplacement(to.replace("\\n", "\n")));
        Set<String> codes = readerCodes(site, edited);
        assertTrue(codes.contains(code), name + ", the reader: " + codes);
        List<String> errors = Schemas.errors(RECORD, edited);
        assertFalse(errors.isEmpty(), name + ": the schema finds it valid");
        assertTrue(errors.stream().anyMatch(e -> e.contains(schemaSays)), name + ", the schema, about " + schemaSays + ": " + errors);
    }
}
