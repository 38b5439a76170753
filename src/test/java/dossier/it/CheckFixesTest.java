package dossier.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: {@code check --format json} gives the end of each offending span and, where the right
 * text is certain, a fix. The fixture {@code sites/fixable} holds one of each fixable mistake (a
 * wrong ¶N in an excerpt key and an account's source, a misspelt field, source key, entity name and
 * kind: in front matter plain, quoted and in flow style, in commentary, excerpt keys and a bracket
 * across lines, after characters beyond U+FFFF)
 * and some that have no certain fix. Applying the fixes as an editor would makes check report
 * exactly the others: so the fixes are right and their positions exact.
 */
class CheckFixesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void applyingTheFixesLeavesExactlyTheDiagnosticsWithoutOne(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("fixable", tmp);
        List<JsonNode> before = check(site);
        Map<String, List<FixReplacements.Replacement>> byFile = new LinkedHashMap<>();
        List<String> fixed = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (JsonNode d : before) {
            if (d.get("fix").isNull()) {
                left.add(summary(d));
                continue;
            }
            fixed.add(d.get("code").asText());
            String text = Files.readString(site.resolve(d.get("path").asText()));
            for (JsonNode r : d.get("fix").get("replacements")) {
                FixReplacements.Replacement replacement = FixReplacements.Replacement.of(r);
                String covered = FixReplacements.covered(text, replacement);
                // the region is the wrong text the message names ('tagz', '@minimal-sorce', ¶2 ...)
                assertTrue(d.get("message").asText().contains(covered.replaceFirst("^para\\. ", "¶")), covered + " in " + d);
                byFile.computeIfAbsent(d.get("path").asText(), k -> new ArrayList<>()).add(replacement);
            }
        }
        assertEquals(List.of("unknown-source", "unknown-entity", "unknown-field", "unknown-field", "excerpt-paragraph", "unknown-source",
                "unknown-source", "unknown-entity", "excerpt-paragraph", "excerpt-paragraph", "unknown-source", "bad-kind", "bad-kind"), fixed);
        for (Map.Entry<String, List<FixReplacements.Replacement>> file : byFile.entrySet()) {
            Path path = site.resolve(file.getKey());
            Files.writeString(path, FixReplacements.apply(Files.readString(path), file.getValue()));
        }
        List<String> after = check(site).stream().map(CheckFixesTest::summary).toList();
        assertEquals(left, after, "what had no fix is all that is left, and nothing new came up");
        assertFalse(left.isEmpty());
    }

    /** In every fixture check reports on, each fix replaces the text its message names, and mends what it is for. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dossier.it.SarifOutputTest#checkedFixtures")
    void everyFixMendsItsProblemInEveryFixture(String name, @TempDir Path tmp) throws IOException {
        Path site = Sites.fixture(name, tmp);
        Map<String, List<FixReplacements.Replacement>> byFile = new LinkedHashMap<>();
        List<String> fixed = new ArrayList<>();
        for (JsonNode d : check(site)) {
            if (!d.get("fix").isNull()) {
                fixed.add(summary(d));
                String text = Files.readString(site.resolve(d.get("path").asText()));
                for (JsonNode r : d.get("fix").get("replacements")) {
                    FixReplacements.Replacement replacement = FixReplacements.Replacement.of(r);
                    String covered = FixReplacements.covered(text, replacement);
                    assertFalse(covered.isEmpty(), d.toString());
                    byFile.computeIfAbsent(d.get("path").asText(), k -> new ArrayList<>()).add(replacement);
                }
            }
        }
        for (Map.Entry<String, List<FixReplacements.Replacement>> file : byFile.entrySet()) {
            Path path = site.resolve(file.getKey());
            Files.writeString(path, FixReplacements.apply(Files.readString(path), file.getValue()));
        }
        List<String> after = check(site).stream().map(CheckFixesTest::summary).toList();
        for (String problem : fixed) {
            assertFalse(after.contains(problem), problem + " is still there after its fix: " + after);
        }
    }

    @Test
    void aDiagnosticsEndIsTheEndOfItsSpanOrItsStart(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("fixable", tmp);
        for (JsonNode d : check(site)) {
            Position start = new Position(d.get("line").asInt(), d.get("column").asInt());
            Position end = new Position(d.get("endLine").asInt(), d.get("endColumn").asInt());
            assertTrue(end.compareTo(start) >= 0, d.toString());
            if (!d.get("fix").isNull()) {
                JsonNode last = d.get("fix").get("replacements").get(0);
                assertEquals(end, new Position(last.get("endLine").asInt(), last.get("endColumn").asInt()),
                        "a fixed span ends where its replacement does: " + d);
            }
        }
        String wikiLink = Files.readString(site.resolve("content/articles/trade-status.md")).lines().filter(l -> l.contains("[[ Tokio"))
                .findFirst().orElseThrow();
        JsonNode tokio = check(site).stream().filter(d -> d.get("message").asText().contains("'Tokio'")).findFirst().orElseThrow();
        // after "𝔸", a character of two UTF-16 code units: columns count code units, as SARIF's default and editors do
        assertEquals(wikiLink.indexOf("[[ Tokio") + 1, tokio.get("column").asInt());
        assertEquals(wikiLink.indexOf("Tokio") + 1, tokio.get("fix").get("replacements").get(0).get("startColumn").asInt());
    }

    private record Position(int line, int column) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
        }
    }

    private static String summary(JsonNode d) {
        // not the message: "quote its source [@ID, ¶N]" names the source once the fix makes it known
        return d.get("path").asText() + ":" + d.get("line").asInt() + ":" + d.get("column").asInt() + " " + d.get("code").asText();
    }

    private static List<JsonNode> check(Path site) throws IOException {
        CliRun run = CliRun.run("check", "--site", site.toString(), "--format", "json", "--no-cache");
        assertEquals("", run.err());
        List<JsonNode> diagnostics = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            diagnostics.add(JSON.readTree(line));
        }
        return diagnostics;
    }
}
