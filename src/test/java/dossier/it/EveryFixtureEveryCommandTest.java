package dossier.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No input reaches a user as an internal error: every fixture site (the invalid ones, the command
 * fixtures, minimal, crossref and the bases of the hostile cases) goes through every command that
 * reads a site, and each answers with an exit code of 0, 1 or 2 and diagnostics, never a stack
 * trace or "internal error". The commands run on one copy of the site in the order that writes
 * last (new), so that each reads the fixture as it is.
 */
class EveryFixtureEveryCommandTest {

    static List<String> sites() {
        Set<String> names = new TreeSet<>(List.of("minimal", "crossref"));
        for (String group : List.of("invalid", "commands")) {
            try (Stream<Path> folders = Files.list(Sites.FIXTURES.resolve(group))) {
                folders.filter(Files::isDirectory).forEach(f -> names.add(group + "/" + f.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (HostileCase hostile : HostileCase.all()) {
            names.add(hostile.settings().getOrDefault("base", List.of("minimal")).get(0));
        }
        return List.copyOf(names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyCommandAnswersWithDiagnosticsNeverACrash(String name, @TempDir Path tmp) {
        Path site = Sites.fixture(name, tmp);
        String root = site.toString();
        List<String[]> commands = List.of(
                new String[] {"check", "--site", root},
                new String[] {"check", "--site", root, "--format", "json"},
                new String[] {"import", "--site", root, "--regenerate", "--dry-run"},
                new String[] {"explain"},
                new String[] {"bake", "--site", root, "--out", tmp.resolve("out").toString()},
                new String[] {"new", "entity", "--kind", "topic", "Every Fixture", "--site", root},
                new String[] {"theme", "list", "--site", root},
                new String[] {"theme", "eject", "--site", root},
                new String[] {"init", "--force", root});
        List<String> problems = new ArrayList<>();
        for (String[] command : commands) {
            CliRun run = CliRun.run(command);
            String shown = String.join(" ", command).replace(root, "{site}");
            if (run.exit() < 0 || run.exit() > 2) {
                problems.add(shown + ": exit " + run.exit());
            }
            for (String line : (run.err() + run.out()).lines().toList()) {
                if (line.startsWith("\tat ") || line.contains("internal error") || line.contains("Exception")
                        || line.matches(".*\\bjava\\.lang\\.\\w+Error\\b.*")) {
                    problems.add(shown + ": " + line);
                    break;
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
