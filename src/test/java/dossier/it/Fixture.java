package dossier.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fixtures that produce diagnostics, each a folder with a golden {@code expected.txt}:
 * {@code sites/invalid/CASE/} is a site that {@code check} rejects; {@code sites/commands/CASE/} is
 * a site plus a {@code command.txt} (the arguments, with {@code {site}} for the copied folder and
 * {@code {tmp}} for a scratch folder) for what only bake, import or new can produce, and for warnings.
 */
record Fixture(String name, List<String> args) {
    static final Path INVALID = Sites.FIXTURES.resolve("invalid");
    static final Path COMMANDS = Sites.FIXTURES.resolve("commands");
    private static final Pattern HEADLINE = Pattern.compile("^\\S.*?:\\d+:\\d+: (?:error|warning): .* \\[([a-z0-9-]+)]$", Pattern.MULTILINE);

    static List<Fixture> invalidSites() {
        return cases(INVALID).map(name -> new Fixture("invalid/" + name, List.of("check", "--site", "{site}"))).toList();
    }

    static List<Fixture> commands() {
        return cases(COMMANDS).map(name -> new Fixture("commands/" + name, commandLine(COMMANDS.resolve(name)))).toList();
    }

    static List<Fixture> all() {
        return Stream.concat(invalidSites().stream(), commands().stream()).toList();
    }

    Path folder() {
        return Sites.FIXTURES.resolve(name);
    }

    Path expectedFile() {
        return folder().resolve("expected.txt");
    }

    String expected() {
        try {
            return Files.readString(expectedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the site into {@code tmp}, runs the command, and returns what it printed with {site} and {tmp} put back. */
    CliRun run(Path tmp) {
        Path site = Sites.fixture(name, tmp);
        try {
            Files.deleteIfExists(site.resolve("expected.txt"));
            Files.deleteIfExists(site.resolve("command.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] args = args().stream().map(a -> a.replace("{site}", site.toString()).replace("{tmp}", tmp.toString())).toArray(String[]::new);
        CliRun run = CliRun.run(args);
        return new CliRun(run.exit(), unplace(run.out(), site, tmp), unplace(run.err(), site, tmp));
    }

    /** The codes of the diagnostics a run printed. */
    static List<String> codes(String printed) {
        Matcher m = HEADLINE.matcher(printed);
        return m.results().map(r -> r.group(1)).toList();
    }

    private static String unplace(String printed, Path site, Path tmp) {
        // staging and temporary files are named by process and clock
        return printed.replace(site.toString(), "{site}").replace(tmp.toString(), "{tmp}")
                .replaceAll("\\.staging-\\d+-\\d+", ".staging").replaceAll("\\.\\d+-\\d+\\.tmp|\\.tmp-\\d+", ".tmp");
    }

    private static List<String> commandLine(Path folder) {
        try {
            return Arrays.asList(Files.readString(folder.resolve("command.txt"), StandardCharsets.UTF_8).strip().split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> cases(Path root) {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
