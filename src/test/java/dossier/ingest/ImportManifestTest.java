package dossier.ingest;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The manifest is read strictly, and one read with errors is never written back. */
class ImportManifestTest {
    private static final String ENTRY = """
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
            """;

    @TempDir
    Path site;

    private List<String> problems(String manifest) throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve(ImportManifest.PATH), manifest);
        Report report = new Report();
        ImportManifest.read(site, report);
        return report.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aValidManifestHasNoProblems() throws IOException {
        assertEquals(List.of(), problems(ENTRY));
    }

    @Test
    void valuesOfTheWrongFormAreErrorsAtTheirValue() throws IOException {
        assertEquals(List.of("content/import-manifest.yml:6:16: error: 'title' is marked missing but has a value: remove the value,"
                        + " or mark it supplied or inferred with the basis in its note [manifest-value]"),
                problems(ENTRY.replace("provenance: supplied", "provenance: missing")));
        assertEquals(List.of("content/import-manifest.yml:6:16: error: 'title' is marked supplied but has no value: give it one,"
                        + " or mark it missing with a note [manifest-value]"),
                problems(ENTRY.replace("\"Trade status restored\"", "\"  \"")));
        assertEquals(List.of("content/import-manifest.yml:6:21: error: 'title' is marked supplied but has no value: give it one,"
                        + " or mark it missing with a note [manifest-value]"),
                problems(ENTRY.replace("        value: \"Trade status restored\"\n", "")));
        assertEquals(List.of("content/import-manifest.yml:6:16: error: date '5 Feb 2026' is not an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD) [manifest-value]"),
                problems(ENTRY.replace("title:", "date:").replace("Trade status restored", "5 Feb 2026")));
        assertEquals(List.of("content/import-manifest.yml:6:16: error: url 'koreapro.org/x' must start with http:// or https:// and hold no spaces [manifest-value]"),
                problems(ENTRY.replace("title:", "url:").replace("Trade status restored", "koreapro.org/x")));
        assertEquals(List.of("content/import-manifest.yml:10:12: error: paragraphs are numbered from 1, found 0 [manifest-value]"),
                problems(ENTRY.replace("n: 3", "n: 0")));
    }

    @Test
    void unknownKeysAtEveryLevelAreErrorsWithASuggestion() throws IOException {
        assertEquals(List.of("content/import-manifest.yml:1:1: error: unknown field 'source' in import manifest (did you mean 'sources'?) [unknown-field]"),
                problems(ENTRY.replace("sources:", "source:")));
        assertEquals(List.of("content/import-manifest.yml:9:5: error: unknown field 'paragrahps' in an item of 'sources' (did you mean 'paragraphs'?) [unknown-field]"),
                problems(ENTRY.replace("paragraphs:", "paragrahps:")));
        assertEquals(List.of("content/import-manifest.yml:5:7: error: unknown field 'titel' in field 'fields' (did you mean 'title'?) [unknown-field]"),
                problems(ENTRY.replace("title:", "titel:")));
        assertEquals(List.of("content/import-manifest.yml:12:9: error: unknown field 'exclude' in an item of 'paragraphs' (did you mean 'excluded'?) [unknown-field]"),
                problems(ENTRY.replace("excluded:", "exclude:")));
    }

    @Test
    void anInvalidKindListsTheKinds() throws IOException {
        assertEquals(List.of("content/import-manifest.yml:11:15: error: unknown paragraph kind 'promos'; the kinds are text, heading, caption,"
                        + " standfirst, promo, appended (did you mean 'promo'?) [paragraph-kind]"),
                problems(ENTRY.replace("kind: promo", "kind: promos")));
    }

    @Test
    void aSourceOrAParagraphListedTwiceIsAnError() throws IOException {
        assertEquals(List.of("content/import-manifest.yml:13:9: error: source 'trade' is listed twice in the manifest (first at line 2); keep one entry [manifest-duplicate]"),
                problems(ENTRY + "  - id: trade\n    archive: trade.original.txt\n"));
        assertEquals(List.of("content/import-manifest.yml:13:12: error: paragraph 3 is listed twice for this source (first at line 10); keep one override [manifest-duplicate]"),
                problems(ENTRY + "      - n: 3\n        excluded: false\n"));
    }

    @Test
    void anImportIntoASiteWhoseManifestHasErrorsWritesNothing() throws IOException {
        String broken = ENTRY.replace("paragraphs:", "paragrahps:");
        problems(broken);
        byte[] before = Files.readAllBytes(site.resolve(ImportManifest.PATH));
        Path article = Files.writeString(site.resolve("article.txt"), "A headline\n\nA paragraph of the article.\n");
        Report report = new Report();
        Importer importer = new Importer(site, report, new PrintWriter(Writer.nullWriter()));
        assertEquals(List.of(), importer.importFiles(List.of(new Importer.Input(article, "article.txt")), new Supplied(null, java.util.Map.of(), null)));
        assertEquals(new Importer.Regenerated(0, 0), importer.regenerate(false));
        assertArrayEquals(before, Files.readAllBytes(site.resolve(ImportManifest.PATH)), "never rewritten from what could be read");
        assertFalse(Files.exists(site.resolve("content/sources")), "nothing imported");
    }
}
