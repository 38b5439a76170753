package dossier.ingest;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import dossier.source.EditorSchemas;
import dossier.source.Provenance;
import dossier.source.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import-manifest schema declares what the manifest reader takes, and rejects what it rejects. */
class ManifestSchemaTest {
    private static final EditorSchemas.Kind MANIFEST = EditorSchemas.Kind.IMPORT_MANIFEST;
    private static final String ENTRY = "/properties/sources/items";
    private static final String VALID = EditorSchemas.comments(MANIFEST, ImportManifest.PATH) + """
            sources:
              - id: a
                archive: a.original.txt
                fulltext: true
                fields:
                  date:
                    value: "2023-04"
                    provenance: inferred
                    note: "From ¶1."
                  author:
                    provenance: missing
                    note: "Not named."
                paragraphs:
                  - n: 2
                    kind: promo
                    excluded: true
                    reason: "Publisher promo."
            """;

    /** The reader's own field sets, so that a field added there fails here. */
    private static Set<String> readerSet(String name) {
        return new TreeSet<>(switch (name) {
            case "ENTRY_FIELDS" -> ImportManifest.ENTRY_FIELDS;
            case "FIELD_FIELDS" -> ImportManifest.FIELD_FIELDS;
            case "PARAGRAPH_FIELDS" -> ImportManifest.PARAGRAPH_FIELDS;
            case "FIELDS" -> ImportManifest.FIELDS;
            default -> throw new AssertionError("no field set " + name);
        });
    }

    @Test
    void theSchemaHasTheReadersFields() {
        assertEquals(Set.of("sources"), Schemas.properties(MANIFEST, ""));
        assertEquals(readerSet("ENTRY_FIELDS"), Schemas.properties(MANIFEST, ENTRY));
        assertEquals(new TreeSet<>(ImportManifest.FIELDS), Schemas.properties(MANIFEST, ENTRY + "/properties/fields"));
        assertEquals(readerSet("FIELD_FIELDS"), Schemas.properties(MANIFEST, "/definitions/field"));
        assertEquals(readerSet("PARAGRAPH_FIELDS"), Schemas.properties(MANIFEST, ENTRY + "/properties/paragraphs/items"));
        assertEquals(new TreeSet<>(Block.KINDS), Schemas.enumeration(MANIFEST, ENTRY + "/properties/paragraphs/items/properties/kind"));
        // stated values come from the archived file, never from the manifest
        assertEquals(Arrays.stream(Provenance.values()).filter(p -> p != Provenance.STATED).map(Provenance::label)
                .collect(Collectors.toCollection(TreeSet::new)), Schemas.enumeration(MANIFEST, "/definitions/field/properties/provenance"));
    }

    private static Set<String> readerCodes(String text) {
        Report report = new Report();
        ImportManifest.parse(text, report);
        return report.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aManifestAsImportWritesItIsValidByBoth() {
        assertEquals(Set.of(), readerCodes(VALID));
        assertEquals(List.of(), Schemas.errors(MANIFEST, VALID));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown field        | '    fulltext: true' | '    fulltext: true\n    full_text: true' | unknown-field      | full_text",
        "a paragraph kind typo   | 'kind: promo'        | 'kind: promos'                           | paragraph-kind     | /kind",
        "a stated value          | 'provenance: inferred' | 'provenance: stated'                   | bad-provenance     | /provenance",
        "a field without a note  | '        note: \"Not named.\"\n' | ''                              | missing-field      | 'note'",
        "a bad id                | 'id: a'              | 'id: A a'                                | bad-id             | /id",
    })
    void theSchemaRejectsWhatTheReaderRejects(String name, String from, String to, String code, String schemaSays) {
        String written = from.replace("\\n", "\n");
        assertTrue(VALID.contains(written), name);
        String edited = VALID.replaceFirst(java.util.regex.Pattern.quote(written), to.replace("\\n", "\n"));
        assertTrue(readerCodes(edited).contains(code), name + ", the reader: " + readerCodes(edited));
        List<String> errors = Schemas.errors(MANIFEST, edited);
        assertFalse(errors.isEmpty(), name + ": the schema finds it valid");
        assertTrue(errors.stream().anyMatch(e -> e.contains(schemaSays)), name + ", the schema, about " + schemaSays + ": " + errors);
    }
}
