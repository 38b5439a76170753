package dossier.yaml;

import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simple block layout gives the tree SnakeYAML gives, positions included, or declines: every
 * YAML file of the repository and its fixtures, and edited copies of the records, are read both
 * ways and compared, diagnostics too.
 */
class SimpleBlockYamlTest {
    private static final String RECORD = """
            # Source record for x.original.txt: paragraphs as imported from the archived file;
            # metadata with its provenance.
            id: source-1
            archive:
              file: source-1.original.txt
              sha256: 6551a82f7e9d5c78e2dc70ecda5421ebf40bc3694a512f77c006c08de67278b7
              format: plain-text
            title:
              value: "A \\"quoted\\" title — ünïcode \\u2028 \\\\ \\t tab 😀"
              provenance: stated
              note: null
            fulltext: false
            paragraphs:
              - n: 1
                text: "One."
              - n: 2
                kind: heading
                excluded: "Why."
                text: "Two"
                links:
                  - text: "Two"
                    at: 0
                    href: null
                    note: "No target."
              - n: 3
                text: ""
            """;

    @Test
    void aGeneratedRecordIsReadInTheLayoutAsSnakeYamlReadsIt() {
        assertTrue(SimpleBlockYaml.parse(RECORD, 0, YamlLimits.DOCUMENT).isPresent());
        assertSame(RECORD, 0);
        assertSame(RECORD, 7);
    }

    @Test
    void everyYamlFileOfTheRepositoryIsReadAsSnakeYamlReadsIt() throws IOException {
        int inLayout = 0;
        for (Path file : yamlFiles()) {
            String text = dossier.text.TextFile.normaliseLineEnds(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            assertSame(text, 0);
            inLayout += SimpleBlockYaml.parse(text, 0, YamlLimits.DOCUMENT).isPresent() ? 1 : 0;
        }
        assertTrue(inLayout >= 5, "the generated records are in the layout: " + inLayout);
    }

    @Test
    void editedRecordsAreReadAsSnakeYamlReadsThemOrDeclined() {
        List<String> edits = List.of(" ", "  ", "\n", "\t", "\"", "\\", ":", "- ", "#", "a", "null", "~", "\\u0000", "\\x41",
                "\\/", "\\u00", "{", "[", "&a ", "*a", "? ", "---\n", "\u0085", "\u2028", "\uFEFF", "\r", "!!str ", "|", ">", "'");
        Random random = new Random(20261201L);
        int inLayout = 0;
        for (int i = 0; i < 4000; i++) {
            StringBuilder text = new StringBuilder(RECORD);
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextBoolean() && at < text.length()) {
                    text.deleteCharAt(at);
                } else {
                    text.insert(at, edits.get(random.nextInt(edits.size())));
                }
            }
            String edited = text.toString();
            try {
                assertSame(edited, 0);
            } catch (AssertionError e) {
                throw new AssertionError("edit " + i + ":\n" + edited, e);
            }
            inLayout += SimpleBlockYaml.parse(edited, 0, YamlLimits.DOCUMENT).isPresent() ? 1 : 0;
        }
        // many edits stay in the layout (a word or a string changed), so the comparison is not only of declines
        assertTrue(inLayout > 400 && inLayout < 3600, "edits read in the layout: " + inLayout);
    }

    @Test
    void limitsAreLeftToSnakeYaml() {
        String longKey = "k".repeat(1100) + ": v\n";
        assertEquals(Optional.empty(), SimpleBlockYaml.parse(longKey, 0, YamlLimits.DOCUMENT));
        assertSame(longKey, 0);
        YamlLimits tight = new YamlLimits(2_000_000, 30, 2, 20);
        assertEquals(Optional.empty(), SimpleBlockYaml.parse(RECORD, 0, tight));
        Report report = new Report();
        YamlReader.parse(RECORD, "r.yml", 0, tight, report);
        assertTrue(report.hasErrors());
    }

    private static void assertSame(String text, int lineOffset) {
        Report composedReport = new Report();
        Report report = new Report();
        Optional<YamlNode> composed = YamlReader.composed(text, "r.yml", lineOffset, YamlLimits.DOCUMENT, composedReport);
        Optional<YamlNode> read = YamlReader.parse(text, "r.yml", lineOffset, YamlLimits.DOCUMENT, report);
        assertEquals(composed, read);
        assertEquals(composedReport.diagnostics(), report.diagnostics());
    }

    private static List<Path> yamlFiles() throws IOException {
        Path repository = Path.of("").toAbsolutePath();
        try (Stream<Path> files = Stream.concat(Files.walk(repository.resolve("content")), Files.walk(repository.resolve("src/test/resources")))) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .filter(Files::isRegularFile).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
