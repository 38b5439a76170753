package dossier;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the pipeline's layering honest (GUIDE §1): which of our packages each package may use,
 * which libraries, and that an {@code internal} package is its parent's alone. Uses are read from
 * import lines and from fully qualified names in the code, so that writing
 * {@code dossier.yaml.FieldReader} inline does not slip past.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/dossier");
    private static final Pattern OUR_USE = Pattern.compile("(?<![\\w.])dossier\\.([a-z]+)((?:\\.internal)?)\\.[A-Z]");
    private static final Pattern LIBRARY_USE = Pattern.compile("(?<![\\w.])(com\\.vladsch\\.flexmark|org\\.jetbrains\\.annotations|org\\.jsoup"
            + "|com\\.github\\.difflib|freemarker|org\\.jbake|org\\.yaml\\.snakeyaml|picocli|com\\.sun\\.net\\.httpserver|com\\.ibm\\.icu"
            + "|com\\.openhtmltopdf|org\\.apache\\.pdfbox)\\.");
    private static final Pattern PACKAGE_LINE = Pattern.compile("^package [\\w.]+;", Pattern.MULTILINE);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /**
     * Which of our packages each package may use (besides itself): GUIDE §1's table. Two rows
     * differ from it, where the code's shape is the better one: {@code cli} also runs {@code serve}
     * (both are the outer ring, and the serve command starts the server) and reads the build's
     * result as {@code model} and {@code source} types (counts, entity kinds, dates it validates);
     * {@code serve} needs no {@code ingest} or {@code config}.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("cache", Set.of()),
            Map.entry("diag", Set.of("cache")),
            Map.entry("text", Set.of("diag", "cache")),
            Map.entry("yaml", Set.of("diag", "text")),
            Map.entry("config", Set.of("diag", "text")),
            Map.entry("source", Set.of("diag", "text", "yaml")),
            Map.entry("ingest", Set.of("source", "diag", "text", "yaml")),
            Map.entry("markdown", Set.of("diag", "text", "yaml")),
            Map.entry("model", Set.of("markdown", "source", "diag", "text", "cache")),
            Map.entry("check", Set.of("model", "source", "diag", "text")),
            Map.entry("render", Set.of("model", "source", "markdown", "config", "diag", "text", "cache")),
            Map.entry("search", Set.of("model", "source", "text", "cache")),
            Map.entry("publish", Set.of("model", "source", "config", "search", "diag", "text", "cache")),
            Map.entry("build", Set.of("cache", "diag", "text", "yaml", "config", "source", "ingest", "markdown", "model", "check", "render",
                    "search", "publish")),
            Map.entry("serve", Set.of("build", "ingest", "config", "diag", "text")),
            Map.entry("cli", Set.of("build", "ingest", "config", "diag", "text", "serve", "model", "source")));

    /** Which libraries each package may use; a library not listed for a package is refused there. */
    private static final Map<String, Set<String>> LIBRARIES = Map.of(
            "markdown", Set.of("com.vladsch.flexmark", "org.jetbrains.annotations"),
            "ingest", Set.of("org.jsoup", "com.github.difflib"),
            "render", Set.of("freemarker", "org.jbake"),
            "yaml", Set.of("org.yaml.snakeyaml"),
            "text", Set.of("com.ibm.icu"),
            "cli", Set.of("picocli"),
            "publish", Set.of("org.jsoup", "com.openhtmltopdf", "org.apache.pdfbox"),
            "serve", Set.of("com.sun.net.httpserver"));

    @Test
    void packagesUseOnlyTheStagesAndLibrariesTheTableAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            boolean internal = MAIN.relativize(file).getNameCount() > 2 && MAIN.relativize(file).getName(1).toString().equals("internal");
            seen.add(pkg);
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                violations.add(file + ": package '" + pkg + "' is not in the table");
                continue;
            }
            String code = code(file);
            Matcher ours = OUR_USE.matcher(code);
            while (ours.find()) {
                String used = ours.group(1);
                boolean usesInternal = !ours.group(2).isEmpty();
                if (!used.equals(pkg) && !allowed.contains(used)) {
                    violations.add(MAIN.relativize(file) + " uses dossier." + used);
                } else if (usesInternal && !used.equals(pkg)) {
                    violations.add(MAIN.relativize(file) + " uses dossier." + used + ".internal, which is " + used + "'s own");
                }
            }
            Matcher libraries = LIBRARY_USE.matcher(code);
            while (libraries.find()) {
                if (!LIBRARIES.getOrDefault(pkg, Set.of()).contains(libraries.group(1))) {
                    violations.add(MAIN.relativize(file) + " uses " + libraries.group(1) + (internal ? " (in internal)" : ""));
                }
            }
        }
        assertEquals(List.of(), violations);
        assertEquals(ALLOWED.keySet(), seen, "every package in the table exists, and only those");
    }

    @Test
    void theScanSeesFullyQualifiedNamesAndInternalPackages() {
        String code = "class X { Object a = new dossier.yaml.FieldReader(); dossier.model.internal.ExcerptLocator b; }";
        Matcher m = OUR_USE.matcher(code);
        assertTrue(m.find());
        assertEquals("yaml", m.group(1));
        assertTrue(m.find());
        assertEquals("model", m.group(1));
        assertEquals(".internal", m.group(2));
        assertTrue(LIBRARY_USE.matcher("x = com.vladsch.flexmark.util.ast.Node.class;").find());
    }

    /** The README's Code section shows the same table: a row per package, what it may use last. */
    @Test
    void theReadmeCodeSectionShowsTheSameTable() throws IOException {
        String readme = Files.readString(MAIN.resolve("../../../../README.md").normalize());
        String code = readme.substring(readme.indexOf("## Code"));
        Map<String, Set<String>> shown = new java.util.HashMap<>();
        Matcher row = Pattern.compile("^\\| `([a-z]+)` \\|[^\\n]*\\| ([^|\\n]*) \\|$", Pattern.MULTILINE).matcher(code);
        while (row.find()) {
            String uses = row.group(2);
            Set<String> packages = new TreeSet<>();
            Matcher name = Pattern.compile("`([a-z]+)`").matcher(uses);
            while (name.find()) {
                packages.add(name.group(1));
            }
            shown.put(row.group(1), uses.equals("every package above") ? ALLOWED.get(row.group(1)) : packages);
        }
        assertEquals(ALLOWED, shown);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The file without its package line and comments: a name in a comment uses nothing. */
    private static String code(Path file) throws IOException {
        String text = Files.readString(file);
        text = PACKAGE_LINE.matcher(text).replaceFirst("");
        return COMMENT.matcher(text).replaceAll(" ");
    }
}
