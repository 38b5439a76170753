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
 * Templates arrive in pull requests from strangers. Each case under
 * src/test/resources/sites/unsafe-templates/CASE/ is the minimal site with one template replaced by
 * one that tries to reach Java; the bake must fail with exactly the diagnostics in {@code expected.txt},
 * pointing into the template, and leave the previous output as it was. Run with
 * -Dgolden.update=true to rewrite the expected files after a deliberate change, then review the diff.
 */
class UnsafeTemplatesTest {
    private static final Path CASES = Sites.FIXTURES.resolve("unsafe-templates");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void bakeFailsWithADiagnosticInTheTemplateAndKeepsThePreviousOutput(String name, @TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Sites.copyTree(CASES.resolve(name).resolve("templates"), site.resolve("templates"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous bake");
        Files.writeString(out.resolve(".dossier-bake"), "a previous bake\n"); // or bake would refuse the folder

        CliRun run = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());

        // the output folder is a fresh temporary one each run: the golden file names it OUT
        String err = run.err().replace(out.toString(), "OUT");
        Path expectedFile = CASES.resolve(name).resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, err, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), err, "diagnostics of " + name);
        assertTrue(run.err().startsWith("templates/page.ftl:"), "the diagnostic points into the template:\n" + run.err());
        assertEquals(1, run.exit(), "exit code of bake with " + name);
        assertTrue(run.err().lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), "no stack trace");
        assertEquals(List.of(".dossier-bake", "index.html"), Sites.files(out));
        assertEquals("previous bake", Files.readString(out.resolve("index.html")));
    }
}
