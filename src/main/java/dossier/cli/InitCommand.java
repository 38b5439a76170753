package dossier.cli;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.ingest.Importer;
import dossier.ingest.StagedFiles;
import dossier.ingest.Supplied;
import dossier.text.SitePaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code init [DIR]}: a new, working dossier. Settings, a home and an about page, one example
 * source (a text written for the example, archived and imported by the real importer) and one
 * example article; the templates and assets come from the theme bundled in the jar. Refuses a
 * folder with anything in it but {@code .git} unless {@code --force}, which writes only the files
 * that are missing: nothing is ever overwritten.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar init my-dossier",
                "  java -jar target/dossier.jar init --force --no-github-pages ."},
        description = {"Create a new dossier that bakes and checks clean: jbake.properties, a home and an about page,"
                + " one example source (archived and imported) and one example article with an excerpt;"
                + " also .gitignore, .gitattributes and a GitHub Pages workflow."
                + " The look comes from the bundled theme ('theme eject' copies its files for editing)."})
final class InitCommand implements Callable<Integer> {
    static final String EXAMPLE_ID = "example-notice";
    private static final String RESOURCES = "dossier/init/";
    private static final String WORKFLOW = ".github/workflows/pages.yml";
    /** Written file, resource it comes from (dot files are renamed: Maven leaves them out of a jar). */
    private static final Map<String, String> FILES = files();

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".", description = "The new dossier's folder (default: the current one).")
    Path dir;

    @Option(names = "--force", description = "Also into a folder that has files: only the missing files are written, none is overwritten.")
    boolean force;

    @Option(names = "--no-github-pages", negatable = false,
            description = "Leave out " + WORKFLOW + " (the workflow that bakes and publishes on GitHub Pages).")
    boolean noGitHubPages;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("jbake.properties", "jbake.properties");
        files.put("content/index.md", "content/index.md");
        files.put("content/about.md", "content/about.md");
        files.put("content/articles/" + EXAMPLE_ID + ".md", "content/articles/" + EXAMPLE_ID + ".md");
        files.put(".gitignore", "gitignore");
        files.put(".gitattributes", "gitattributes");
        files.put(WORKFLOW, "github/workflows/pages.yml");
        return files;
    }

    @Override
    public Integer call() {
        Path root = dir.toAbsolutePath().normalize();
        PrintWriter out = spec.commandLine().getOut();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw usage(dir + " is a file, not a folder");
        }
        List<String> present = present(root);
        if (!present.isEmpty() && !force) {
            throw usage(dir + " is not empty (it has " + String.join(", ", present.stream().limit(3).toList())
                    + (present.size() > 3 ? ", ..." : "") + "): choose a new folder, or add --force to write only the missing files");
        }
        Report report = new Report();
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        try {
            Files.createDirectories(root);
            SitePaths paths = new SitePaths(root);
            StagedFiles staged = new StagedFiles();
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                if (noGitHubPages && file.getKey().equals(WORKFLOW)) {
                    continue;
                }
                Path target = root.resolve(file.getKey());
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    kept.add(file.getKey());
                } else if (!paths.mayWrite(target)) {
                    report.error("outside-site", file.getKey(), Position.START, "it would be written outside the site (a folder on its way is a symbolic link out of it): nothing written");
                } else {
                    staged.addNew(target, resource(file.getValue()));
                    created.add(file.getKey());
                }
            }
            if (report.hasErrors()) {
                return failed(report);
            }
            staged.commit();
        } catch (IOException e) {
            report.error("io", dir.toString(), Position.START, "cannot write: " + e.getMessage());
            return failed(report);
        }
        created.forEach(p -> out.println("created " + p));
        kept.forEach(p -> out.println("kept " + p + ": it exists"));
        importExample(root, report, out);
        if (report.hasErrors()) {
            return failed(report);
        }
        int schemas = NewCommand.writeSchemas(spec, root);
        if (schemas != Main.OK) {
            return schemas;
        }
        boolean here = root.equals(Path.of("").toAbsolutePath().normalize());
        String shown = dir.toString().replace('\\', '/');
        out.println("Next: java -jar dossier.jar bake" + (here ? "" : " --site " + shown) + ", then open "
                + (here ? "" : shown + "/") + "target/site/index.html");
        return Main.OK;
    }

    /**
     * The example source, imported as {@code import} would import it, with its metadata supplied
     * and marked as the example's; skipped when the site has it already. The file to import is a
     * temporary copy of the text in the jar, removed afterwards.
     */
    private static void importExample(Path root, Report report, PrintWriter out) {
        if (Files.exists(root.resolve("content/sources/" + EXAMPLE_ID + ".yml"))) {
            out.println("kept content/sources/" + EXAMPLE_ID + ".yml: it exists");
            return;
        }
        Path text = null;
        try {
            // the importer reads a file: it is staged in the new site's own target/ (ignored by git), never outside the site
            Path staging = root.resolve("target");
            if (!new SitePaths(root).mayWrite(staging.resolve("example-notice.txt"))) {
                report.error("outside-site", "target", Position.START, "target/ leads out of the site: the example source is not imported");
                return;
            }
            Files.createDirectories(staging);
            text = Files.createTempFile(staging, "example-notice-", ".txt");
            Files.write(text, resource("example-notice.txt"));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("publisher", "Riverside Reading Society (invented)");
            fields.put("author", "Ada Example (invented)");
            fields.put("date", "2026-01-06");
            fields.put("language", "en");
            fields.put("accessed", "2026-01-06");
            Supplied supplied = new Supplied(EXAMPLE_ID, fields,
                    "The example source of a new dossier: a text written for the example by dossier init, not a real notice.");
            List<String> ids = new Importer(root, report, new PrintWriter(Writer.nullWriter()))
                    .importFiles(List.of(new Importer.Input(text, "example-notice.txt")), supplied);
            if (!report.hasErrors() && ids.contains(EXAMPLE_ID)) {
                out.println("imported the example source: content/sources/" + EXAMPLE_ID + ".yml, its archived original and its entry"
                        + " in content/import-manifest.yml");
            }
        } catch (IOException e) {
            report.error("io", "content/sources/" + EXAMPLE_ID + ".yml", Position.START, "cannot import the example source: " + e.getMessage());
        } finally {
            if (text != null) {
                try {
                    Files.deleteIfExists(text);
                } catch (IOException ignored) {
                    // a temporary file of our own, left for the system to clear
                }
            }
        }
    }

    private int failed(Report report) {
        DiagnosticPrinter.print(report, spec.commandLine().getErr());
        spec.commandLine().getErr().println("init failed");
        return Main.CONTENT_ERRORS;
    }

    /** What the folder holds already, .git aside (a repository just made with git init is a fine place). */
    private static List<String> present(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".git")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
