package dossier.cli;

import dossier.diag.Codes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dossier explain}: one entry, the list, and a mistyped code. */
class ExplainCommandTest {

    private static MainRun run(String... args) {
        return MainRun.of(args);
    }

    @Test
    void aCodePrintsItsEntryAndWhetherItCanBeSilenced() {
        Codes.Entry entry = Codes.catalogue().find("excerpt-mismatch").orElseThrow();
        MainRun run = run("explain", "excerpt-mismatch");
        assertEquals(Main.OK, run.exit(), run.err());
        assertTrue(run.out().startsWith("excerpt-mismatch (error, cannot be silenced)\n" + entry.summary() + "\n\n"), run.out());
        assertTrue(run.out().contains(entry.text()), run.out());

        MainRun warning = run("explain", "draft");
        assertTrue(warning.out().startsWith("draft (warning, can be silenced with dossier.suppress)\n"), warning.out());
    }

    @Test
    void withoutACodeEveryCodeIsListedOnOneLine() {
        Codes codes = Codes.catalogue();
        MainRun run = run("explain");
        assertEquals(Main.OK, run.exit(), run.err());
        List<String> lines = run.out().lines().filter(l -> !l.isBlank() && !l.startsWith("Run ")).toList();
        assertEquals(codes.codes().size(), lines.size(), run.out());
        for (Codes.Entry e : codes.entries()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(e.code() + " ") && l.endsWith(e.summary())), e.code());
        }
    }

    @Test
    void anUnknownCodeIsAUsageErrorWithSuggestions() {
        MainRun run = run("explain", "excerpt-mismatc");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("no diagnostic code 'excerpt-mismatc' (did you mean 'excerpt-mismatch'"), run.err());
        assertEquals("", run.out());
    }
}
