package dossier.yaml;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldReaderTest {
    private static final String PATH = "content/articles/a.md";
    private final Report report = new Report();

    /** Front matter as it stands in a page: the YAML starts on line 2. */
    private FieldReader fields(String yaml) {
        YamlNode.Mapping mapping = (YamlNode.Mapping) YamlReader.parse(yaml, PATH, 1, report).orElseThrow();
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        return new FieldReader(mapping, PATH, report, "front matter");
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> all = report.diagnostics();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void requiredTextIsReturned() {
        FieldReader f = fields("title: \"Trade status\"\n");
        assertEquals(Optional.of("Trade status"), f.required("title"));
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void missingRequiredFieldIsReportedAtTheMapping() {
        FieldReader f = fields("title: x\nsource: y\n");
        assertEquals(Optional.empty(), f.required("summary"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("missing-field", d.code());
        assertEquals(new Position(2, 1), d.position());
        assertEquals("front matter is missing required field 'summary'", d.message());
    }

    @Test
    void nullValueCountsAsMissing() {
        FieldReader f = fields("title: x\nsummary: ~\n");
        assertFalse(f.has("summary"));
        assertEquals(Optional.empty(), f.required("summary"));
        assertEquals("front matter is missing required field 'summary'", onlyDiagnostic().message());
    }

    @Test
    void emptyRequiredFieldIsReportedAtItsValue() {
        FieldReader f = fields("title: x\nsummary: \"  \"\n");
        assertEquals(Optional.empty(), f.required("summary"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("missing-field", d.code());
        assertEquals(new Position(3, 10), d.position());
        assertEquals("field 'summary' is empty", d.message());
    }

    @Test
    void aListWhereASingleValueBelongsIsAWrongShape() {
        FieldReader f = fields("title:\n  - a\n  - b\n");
        assertEquals(Optional.empty(), f.required("title"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("field-type", d.code());
        assertEquals(new Position(3, 3), d.position());
        assertEquals("field 'title' must be a single value, found a list", d.message());
    }

    @Test
    void optionalAbsentIsEmptyWithoutReport() {
        FieldReader f = fields("title: x\n");
        assertEquals(Optional.empty(), f.optional("nav"));
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void listAcceptsASingleValue() {
        FieldReader f = fields("tags: trade\n");
        assertEquals(List.of("trade"), f.list("tags"));
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void listOfValues() {
        FieldReader f = fields("tags: [trade, chips]\nnone: ~\n");
        assertEquals(List.of("trade", "chips"), f.list("tags"));
        assertEquals(List.of(), f.list("none"));
        assertEquals(List.of(), f.list("absent"));
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void listItemsMustBeSingleValues() {
        FieldReader f = fields("tags:\n  - trade\n  - {a: b}\n  - ~\n");
        assertEquals(List.of("trade"), f.list("tags"));
        List<Diagnostic> all = report.diagnostics();
        assertEquals(2, all.size(), all.toString());
        assertEquals("field-type", all.get(0).code());
        assertEquals(new Position(4, 5), all.get(0).position());
        assertEquals("items of 'tags' must be single values, found a mapping", all.get(0).message());
        assertEquals("items of 'tags' must be single values, found nothing", all.get(1).message());
        assertEquals(5, all.get(1).position().line());
    }

    @Test
    void aMappingIsNotAList() {
        FieldReader f = fields("tags:\n  a: b\n");
        assertEquals(List.of(), f.list("tags"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("field-type", d.code());
        assertEquals("field 'tags' must be a list, found a mapping", d.message());
        assertEquals(new Position(3, 3), d.position());
    }

    @Test
    void flags() {
        FieldReader f = fields("a: true\nb: no\nc: maybe\n");
        assertTrue(f.flag("a", false));
        assertFalse(f.flag("b", true));
        assertTrue(f.flag("absent", true));
        assertFalse(f.flag("c", false));
        Diagnostic d = onlyDiagnostic();
        assertEquals("field-type", d.code());
        assertEquals(new Position(4, 4), d.position());
        assertEquals("field 'c' must be true or false, found 'maybe'", d.message());
    }

    @Test
    void nestedMappingReadsItsOwnFieldsAndNamesItselfInMessages() {
        FieldReader f = fields("date:\n  value: \"2023\"\n");
        FieldReader date = f.mapping("date").orElseThrow();
        assertEquals(Optional.of("2023"), date.optional("value"));
        assertEquals(new Position(3, 3), date.position());
        assertEquals(Optional.empty(), date.required("provenance"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("field 'date' is missing required field 'provenance'", d.message());
        assertEquals(new Position(3, 3), d.position());
    }

    @Test
    void aSingleValueIsNotAMapping() {
        FieldReader f = fields("date: 2023\n");
        assertEquals(Optional.empty(), f.mapping("date"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("field-type", d.code());
        assertEquals("field 'date' must be a mapping, found a single value", d.message());
        assertEquals(new Position(2, 7), d.position());
    }

    @Test
    void mappingsOfAList() {
        FieldReader f = fields("paragraphs:\n  - n: 1\n  - just text\n  - n: 3\n");
        List<FieldReader> items = f.mappings("paragraphs");
        assertEquals(2, items.size());
        assertEquals(Optional.of("3"), items.get(1).optional("n"));
        Diagnostic d = onlyDiagnostic();
        assertEquals("items of 'paragraphs' must be mappings, found a single value", d.message());
        assertEquals(new Position(4, 5), d.position());
    }

    @Test
    void rejectUnknownReportsEachUnknownKeyAtTheKeyWithASuggestion() {
        FieldReader f = fields("title: x\ntitel: y\nsumary: z\nweather: sunny\n");
        f.rejectUnknown(Set.of("title", "summary", "source", "tags"));
        List<Diagnostic> all = report.diagnostics();
        assertEquals(3, all.size(), all.toString());
        assertEquals("unknown-field", all.get(0).code());
        assertEquals(new Position(3, 1), all.get(0).position());
        assertEquals("unknown field 'titel' in front matter (did you mean 'title'?)", all.get(0).message());
        assertEquals(new Position(4, 1), all.get(1).position());
        assertEquals("unknown field 'sumary' in front matter (did you mean 'summary'?)", all.get(1).message());
        assertEquals(new Position(5, 1), all.get(2).position());
        assertEquals("unknown field 'weather' in front matter", all.get(2).message());
    }

    @Test
    void positionOfAnAbsentKeyIsTheMapping() {
        FieldReader f = fields("title: x\n");
        assertEquals(new Position(2, 1), f.position("nothing"));
        assertEquals(new Position(2, 1), f.keyPosition("nothing"));
        assertEquals(new Position(2, 8), f.position("title"));
        assertEquals(new Position(2, 1), f.keyPosition("title"));
    }
}
