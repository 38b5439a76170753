package dossier.it;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fixture site per kind of content error (src/test/resources/sites/invalid/CASE/), each with
 * the exact diagnostics it must produce in {@code expected.txt}. Run with -Dgolden.update=true to
 * rewrite the expected files after a deliberate change, then review the diff.
 */
class InvalidSitesTest {
    private static final Path INVALID = Sites.FIXTURES.resolve("invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(INVALID)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void checkReportsExactlyTheExpectedDiagnostics(String name, @TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("invalid/" + name, tmp);
        Files.deleteIfExists(site.resolve("expected.txt"));
        CliRun run = CliRun.run("check", "--site", site.toString());

        Path expectedFile = INVALID.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, run.err(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), run.err(), "diagnostics of " + name);
        assertEquals(1, run.exit(), "exit code of check on " + name);
        assertTrue(run.err().lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), "no stack trace");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void failedBakeLeavesThePreviousOutputUntouched(String name, @TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("invalid/" + name, tmp);
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("articles"));
        Files.writeString(out.resolve("index.html"), "previous bake");
        Files.writeString(out.resolve("articles/old.html"), "previous article");
        Files.writeString(out.resolve(".dossier-bake"), "a previous bake\n"); // or bake would refuse the folder

        CliRun run = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(Files.readString(INVALID.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8)),
                "bake reports the same diagnostics as check:\n" + run.err());
        assertEquals(List.of(".dossier-bake", "articles/old.html", "index.html"), Sites.files(out));
        assertEquals("previous bake", Files.readString(out.resolve("index.html")));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains(".staging-")), "no staging folder left behind");
        }
    }
}
