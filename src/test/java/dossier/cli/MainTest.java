package dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit codes and usage messages: 0 success, 1 content errors, 2 usage errors. */
class MainTest {

    private static MainRun run(String... args) {
        return MainRun.of(args);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        MainRun run = run("--help");
        assertEquals(0, run.exit());
        for (String command : new String[] {"bake", "check", "import", "new", "serve", "explain", "help"}) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " missing from:\n" + run.out());
        }
    }

    @Test
    void helpCommandDescribesAnotherCommand() {
        MainRun run = run("help", "serve");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("Usage: dossier serve"), run.out());
    }

    @Test
    void subcommandHelpExitsZero() {
        MainRun run = run("bake", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--out"), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        MainRun run = run();
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    @Test
    void unknownCommandSuggestsTheClosest() {
        MainRun run = run("bak");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("bake"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(Main.USAGE, run("bake", "--outt", "x").exit());
    }

    @Test
    void missingSiteFolderIsAUsageError(@TempDir Path tmp) {
        MainRun run = run("check", "--site", tmp.resolve("nowhere").toString());
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("no such folder"), run.err());
    }

    @Test
    void refusesAnOutputFolderThatWouldReplaceTheSite(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("content"));
        assertEquals(Main.USAGE, run("bake", "--site", tmp.toString(), "--out", tmp.toString()).exit());
        assertEquals(Main.USAGE, run("bake", "--site", tmp.toString(), "--out", tmp.resolve("content/site").toString()).exit());
        assertEquals(Main.USAGE, run("bake", "--site", tmp.resolve("content").toString(), "--out", tmp.toString()).exit());
        assertTrue(Files.isDirectory(tmp.resolve("content")));
    }

    @Test
    void folderWithoutContentIsAContentError(@TempDir Path tmp) {
        MainRun run = run("check", "--site", tmp.toString());
        assertEquals(Main.CONTENT_ERRORS, run.exit());
        assertTrue(run.err().startsWith("content:1:1: error: folder not found"), run.err());
    }

    @Test
    void checkOfTheShippedSiteSaysItIsClean() {
        MainRun clean = run("check", "--site", System.getProperty("basedir", "."));
        assertEquals(0, clean.exit(), clean.err());
        assertEquals("No errors or warnings.", clean.out().strip());
        assertEquals("", clean.err());
    }

    /** Issue 15: every command's help ends with an example of that command, a line of at most 80 columns. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "bake", "check", "serve", "import", "explain", "new", "new article",
            "new entity", "new source", "init", "theme", "theme list", "theme eject"})
    void everyCommandsHelpEndsWithAnExample(String command) {
        java.util.List<String> args = new java.util.ArrayList<>(command.isEmpty() ? java.util.List.of() : java.util.List.of(command.split(" ")));
        args.add("--help");
        MainRun run = run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        java.util.List<String> lines = run.out().lines().toList();
        int heading = lines.indexOf(lines.stream().filter(l -> l.startsWith("Example")).findFirst().orElse("none"));
        assertTrue(heading > 0, command + ": an example heading in " + run.out());
        java.util.List<String> examples = lines.subList(heading + 1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        assertTrue(!examples.isEmpty(), command);
        for (String example : examples) {
            assertTrue(example.startsWith("  java -jar target/dossier.jar " + (command.isEmpty() ? "" : command)), command + ": " + example);
            assertTrue(example.length() <= 80, "one line, not wrapped: " + example);
        }
    }
}
