package dossier.it;

import dossier.diag.Codes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every code in the catalogue is produced by some fixture through the real pipeline: all fixtures
 * (sites/invalid/ and sites/commands/) are run and the codes they print are collected. A code no
 * fixture can reach (its entry says "Fixture: none" and why) must really be produced by none.
 */
class DiagnosticCoverageTest {

    @Test
    void everyCodeIsProducedByAFixture(@TempDir Path tmp) throws IOException {
        Map<String, String> producedBy = new TreeMap<>();
        int i = 0;
        for (Fixture fixture : Fixture.all()) {
            Path scratch = Files.createDirectories(tmp.resolve(Integer.toString(i++)));
            for (String code : Fixture.codes(fixture.run(scratch).err())) {
                producedBy.putIfAbsent(code, fixture.name());
            }
        }
        Codes catalogue = Codes.catalogue();
        Set<String> exempt = new TreeSet<>();
        Set<String> expected = new TreeSet<>();
        for (Codes.Entry e : catalogue.entries()) {
            (e.text().contains(Codes.NO_FIXTURE) ? exempt : expected).add(e.code());
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(producedBy.keySet());
        assertEquals(Set.of(), missing, "codes no fixture produces: add a fixture under src/test/resources/sites/invalid/ or commands/");
        Set<String> unknown = new TreeSet<>(producedBy.keySet());
        unknown.removeAll(catalogue.codes());
        assertEquals(Set.of(), unknown, "codes printed by fixtures but not in the catalogue");
        Set<String> exemptButProduced = new TreeSet<>(exempt);
        exemptButProduced.retainAll(producedBy.keySet());
        assertEquals(Set.of(), exemptButProduced, "a fixture produces these: remove '" + Codes.NO_FIXTURE + "' from their entries");
        for (String code : exempt) {
            assertTrue(catalogue.find(code).orElseThrow().text().matches("(?s).*" + Codes.NO_FIXTURE + ": \\S.*"), code + " must say why no fixture produces it");
        }
    }
}
