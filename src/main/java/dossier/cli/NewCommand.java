package dossier.cli;

import dossier.build.Build;
import dossier.build.BuildCache;

import dossier.text.Json;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Suggestions;
import dossier.ingest.DraftArticle;
import dossier.ingest.StagedFiles;
import dossier.model.EntityKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dossier.text.SitePaths;
import dossier.source.EditorSchemas;
import dossier.source.SourceRecordReader;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code new article|entity|source}: scaffolds a page with complete, commented front matter; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar new entity --kind person \"Kim Min-ji\""},
        description = "Create a new draft page with complete front matter and a comment on each field.",
        subcommands = {NewCommand.Article.class, NewCommand.Entity.class, ImportCommand.NewSource.class})
final class NewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to create: article, entity or source");
    }

    @Command(name = "article", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar new article --source gt-2022-chip4-dilemma"}, description = "A draft article page annotating an archived source.")
    static final class Article implements Callable<Integer> {
        @Mixin
        SiteOptions site;

        @Option(names = "--source", required = true, paramLabel = "ID", description = "The id of the source it annotates.")
        String source;

        @Option(names = "--title", paramLabel = "TEXT", description = "Our title for the page.")
        String title;

        @Option(names = "--slug", paramLabel = "SLUG", description = "File name without .md (default: from the title, else the source id).")
        String slug;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<String> sources = sourceIds(site.root());
            if (!sources.contains(source)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--source: no source '" + source + "' in content/sources/" + Suggestions.didYouMean(source, sources));
            }
            if (slug != null && !SourceRecordReader.ID.matcher(slug).matches()) {
                // the model's rule for a page's name: a slug the bake would reject, or one that leaves content/articles/, is refused
                throw new CommandLine.ParameterException(spec.commandLine(), "--slug: '" + slug
                        + "' must be lowercase ASCII letters, digits and hyphens, starting with a letter or digit (try '" + slugOf(slug) + "')");
            }
            String name = slug != null ? slug : title != null ? slugOf(title) : source;
            String recordPath = "content/sources/" + source + ".yml";
            // the draft lists the record's paragraphs; a record that does not load gives the front matter only (check says why)
            String text = new SourceRecordReader(site.root(), new Report()).read(recordPath)
                    .map(record -> DraftArticle.write(record, title))
                    .orElseGet(() -> DraftArticle.withoutParagraphs(source, recordPath, title));
            return create(spec, site.root(), "content/articles/" + name + ".md", text);
        }
    }

    @Command(name = "entity", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar new entity --kind organisation \"Korea Zinc\""}, description = "A draft entity page: a person, organisation, place, material, agreement or topic.")
    static final class Entity implements Callable<Integer> {
        @Mixin
        SiteOptions site;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "person, organisation, place, material, agreement or topic.")
        String kind;

        @Parameters(paramLabel = "NAME", description = "The entity's name, as the sources write it.")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<String> kinds = Arrays.stream(EntityKind.values()).map(EntityKind::label).toList();
            if (EntityKind.parse(kind).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--kind must be one of " + String.join(", ", kinds)
                        + Suggestions.didYouMean(kind, kinds));
            }
            String path = "content/entities/" + slugOf(name) + ".md";
            // a page already at that path is said as such (create): the name check is for a new file
            Optional<String> taken = Files.exists(site.root().resolve(path)) ? Optional.empty() : takenBy(site.root(), name);
            if (taken.isPresent()) {
                Report report = new Report();
                report.error("duplicate-name", path, Position.START, taken.get() + ": nothing written (link to that entity with [["
                        + name.strip() + "]], or give this one another name)");
                DiagnosticPrinter.print(report, spec.commandLine().getErr());
                return Main.CONTENT_ERRORS;
            }
            String text = "---\n"
                    + "# The entity's name as the sources write it; wiki-links [[Name]] resolve through it.\n"
                    + "title: " + Json.quote(name) + "\n"
                    + "# person, organisation, place, material, agreement or topic.\n"
                    + "kind: " + kind + "\n"
                    + "# Other names the sources use (spellings, short forms, acronyms); each may belong to one entity only.\n"
                    + "aliases: []\n"
                    + "# One neutral line in our words.\n"
                    + "summary: \"\"\n"
                    + "# Drafts are checked but not published: remove this line when the page is ready.\n"
                    + "draft: true\n"
                    + "---\n"
                    // a note, not text: a comment is never published, so nothing we did not write goes out as ours
                    + "<!-- A short description in our words, each claim cited as [@source-id, ¶7]. -->\n";
            return create(spec, site.root(), path, text);
        }

        /**
         * Which entity already has this name or alias, said in words; empty when none. Names are
         * compared as wiki-links resolve them (case and runs of white space aside), on the site as
         * {@code check} reads it (from the build cache when it holds), drafts included.
         */
        static Optional<String> takenBy(Path root, String name) {
            String wanted = dossier.model.Entity.nameKey(name);
            Build build = BuildCache.of(root).load().map(state -> new Build(Build.Memo.forBake(state))).orElseGet(Build::new);
            Optional<dossier.model.Dossier> read = build.run(new Build.Options(root, null)).dossier();
            if (read.isEmpty()) {
                return Optional.empty();
            }
            for (dossier.model.Entity e : read.get().xref().entities()) {
                for (int i = 0; i < e.names().size(); i++) {
                    if (dossier.model.Entity.nameKey(e.names().get(i)).equals(wanted)) {
                        return Optional.of("'" + e.names().get(i) + "' is already " + (i == 0 ? "the name" : "an alias") + " of "
                                + e.name() + " (" + e.page().path() + ")");
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Writes a new file, staged (never half written) and never over an existing one, which is reported and left alone.
     * A page gets the comments that point editors to its front matter's schema, and the schemas are written beside the content.
     */
    static int create(CommandLine.Model.CommandSpec spec, Path root, String path, String text) {
        text = path.endsWith(".md") ? EditorSchemas.withComments(text, path) : text;
        Path file = root.resolve(path);
        Report report = new Report();
        try {
            if (!new SitePaths(root).mayWrite(file)) {
                report.error("outside-site", path, Position.START, "it would be written outside the site (a folder on its way is a symbolic link out of it): nothing written");
                DiagnosticPrinter.print(report, spec.commandLine().getErr());
                return Main.CONTENT_ERRORS;
            }
            StagedFiles staged = new StagedFiles();
            staged.addNew(file, text.getBytes(StandardCharsets.UTF_8));
            staged.commit();
        } catch (java.nio.file.FileAlreadyExistsException e) {
            report.error("exists", path, Position.START, "already exists; nothing written (choose another name)");
        } catch (IOException e) {
            report.error("io", path, Position.START, "cannot write: " + e.getMessage());
        }
        DiagnosticPrinter.print(report, spec.commandLine().getErr());
        if (report.hasErrors()) {
            return Main.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("created " + path);
        return writeSchemas(spec, root);
    }

    /**
     * Writes the editor schemas into content/.schemas/ where they are missing or not this version's, and says
     * which; for every command that writes content (new, import).
     */
    static int writeSchemas(CommandLine.Model.CommandSpec spec, Path root) {
        Report report = new Report();
        EditorSchemas.Written written = EditorSchemas.writeInto(root, report);
        if (!written.created().isEmpty()) {
            spec.commandLine().getOut().println("created the editor schemas in " + EditorSchemas.FOLDER + "/: "
                    + String.join(", ", written.created().stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList()));
        }
        written.replaced().forEach(p -> spec.commandLine().getOut().println("replaced " + p + ": it was not this version's schema"));
        DiagnosticPrinter.print(report, spec.commandLine().getErr());
        return report.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }

    static String slugOf(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    private static List<String> sourceIds(Path root) {
        Path folder = root.resolve("content/sources");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
