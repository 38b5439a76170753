package dossier.it;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fixtures run through a command other than a failing check (src/test/resources/sites/commands/CASE/:
 * a site, command.txt and the golden expected.txt). Run with -Dgolden.update=true to rewrite the
 * expected files after a deliberate change, then review the diff.
 */
class CommandFixturesTest {

    static List<Fixture> cases() {
        return Fixture.commands();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsExactlyTheExpectedDiagnostics(Fixture fixture, @TempDir Path tmp) throws IOException {
        CliRun run = fixture.run(tmp);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(fixture.expectedFile(), run.err(), StandardCharsets.UTF_8);
        }
        String expected = fixture.expected();
        assertEquals(expected, run.err(), "diagnostics of " + fixture.name());
        assertEquals(expected.contains(": error: ") ? 1 : 0, run.exit(), "exit code of " + fixture.name() + "\n" + run.out());
        assertTrue(run.err().lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), "no stack trace");
    }
}
