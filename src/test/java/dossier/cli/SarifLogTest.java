package dossier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.diag.Codes;
import dossier.diag.Diagnostic;
import dossier.diag.Fix;
import dossier.diag.Position;
import dossier.diag.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15: the SARIF log's parts that a site does not show (the schema test runs it on sites). */
class SarifLogTest {
    private static final Path ROOT = Path.of("/sites/dossier");

    @Test
    void pathsArePercentEncodedRelativeUris() {
        assertEquals("content/articles/trade-status.md", SarifLog.uri("content/articles/trade-status.md"));
        assertEquals("content/a%20b%3Ac%23d%25.md", SarifLog.uri("content/a b:c#d%.md"));
        assertEquals("content/%C3%A9t%C3%A9.md", SarifLog.uri("content/été.md"));
    }

    @Test
    void rulesAreTheCodesUsedInOrderAndResultsPointAtThem() {
        String log = SarifLog.of(List.of(
                new Diagnostic("uncited-source", Severity.WARNING, "content/sources/b.yml", new Position(1, 5), "not cited", null),
                Diagnostic.error("unknown-entity", "content/a.md", new Position(3, 3), "no entity 'X'"),
                Diagnostic.error("draft-link", "content/a.md", new Position(4, 1), "a draft")), ROOT, "1.0", Codes.catalogue());
        int draft = log.indexOf("\"id\": \"draft-link\"");
        int uncited = log.indexOf("\"id\": \"uncited-source\"");
        int unknown = log.indexOf("\"id\": \"unknown-entity\"");
        assertTrue(draft > 0 && draft < uncited && uncited < unknown, log);
        assertTrue(log.contains("\"ruleId\": \"uncited-source\",\n          \"ruleIndex\": 1,\n          \"level\": \"warning\""), log);
        assertTrue(log.contains("\"uri\": \"file:///sites/dossier/\""), log);
        assertFalse(log.contains("\"endColumn\""), "no end is known, so none is claimed: " + log);
    }

    @Test
    void aSpanAndAFixAreWrittenInSarifsShape() throws IOException {
        Diagnostic d = Diagnostic.error("unknown-entity", "content/a.md", new Position(3, 3), "no entity is called 'Seol'")
                .withEnd(new Position(3, 9)).withFix(Fix.replace(new Position(3, 5), new Position(3, 9), "Seol", "Seoul"));
        String log = SarifLog.of(List.of(d), ROOT, "1.0", Codes.catalogue());
        JsonNode result = new ObjectMapper().readTree(log).get("runs").get(0).get("results").get(0);
        assertEquals("{\"startLine\":3,\"startColumn\":3,\"endLine\":3,\"endColumn\":9}",
                result.get("locations").get(0).get("physicalLocation").get("region").toString());
        assertEquals("[{\"description\":{\"text\":\"replace 'Seol' with 'Seoul'\"},\"artifactChanges\":[{\"artifactLocation\":"
                + "{\"uri\":\"content/a.md\",\"uriBaseId\":\"SITEROOT\"},\"replacements\":[{\"deletedRegion\":{\"startLine\":3,"
                + "\"startColumn\":5,\"endLine\":3,\"endColumn\":9},\"insertedContent\":{\"text\":\"Seoul\"}}]}]}]",
                result.get("fixes").toString());
        assertEquals(log, SarifLog.of(List.of(d), ROOT, "1.0", Codes.catalogue()));
    }
}
