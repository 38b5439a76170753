package dossier;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keeps the pipeline's package table honest by reading the import lines (GUIDE §1). */
class ArchitectureTest {
    private static final Path MAIN = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/dossier");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dossier\\.([a-z]+)\\.", Pattern.MULTILINE);

    /** Which of our packages each package may import (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("diag", Set.of()),
            Map.entry("text", Set.of("diag")),
            Map.entry("yaml", Set.of("diag")),
            Map.entry("config", Set.of("diag")),
            Map.entry("source", Set.of("diag", "text", "yaml")),
            Map.entry("markdown", Set.of("diag", "text", "yaml")),
            Map.entry("ingest", Set.of("diag", "text", "yaml", "source")),
            Map.entry("model", Set.of("diag", "text", "markdown", "source", "yaml")),
            Map.entry("check", Set.of("diag", "model", "markdown", "source")),
            Map.entry("render", Set.of("text", "diag", "model", "markdown", "source", "config")),
            Map.entry("publish", Set.of("text", "diag", "config", "source", "markdown", "model")),
            Map.entry("search", Set.of("diag", "text", "source", "markdown", "model")),
            Map.entry("build", Set.of("diag", "config", "text", "source", "ingest", "markdown", "model", "check", "render", "publish", "search")),
            Map.entry("serve", Set.of("text", "build", "diag")),
            Map.entry("cli", Set.of("text", "build", "diag", "model", "ingest", "source", "serve")));

    @Test
    void packagesOnlyImportTheStagesBeforeThem() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(file + ": package '" + pkg + "' is not in the table");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(1);
                    if (!imported.equals(pkg) && !allowed.contains(imported)) {
                        violations.add(MAIN.relativize(file) + " imports dossier." + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
