package dossier.cli;

import dossier.build.Build;
import dossier.build.BuildCache;
import dossier.build.OutputTarget;
import dossier.model.Dossier;
import dossier.model.PageKind;
import dossier.publish.Edition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bake", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  java -jar target/dossier.jar bake", "  java -jar target/dossier.jar bake --site my-dossier --out public",
                "  java -jar target/dossier.jar bake --editions epub,pdf"},
        description = "Verify the content and write the site. On errors nothing is written and the previous site stays.")
final class BakeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the site goes (default: target/site inside the site folder).")
    Path out;

    @Option(names = "--force", description = "Replace the output folder even when it is not empty and not a previous bake"
            + " (never the site's inputs, a repository or a file).")
    boolean force;

    @Option(names = "--timings", description = "Print how long each phase took.")
    boolean timings;

    @Option(names = "--no-cache", description = "Bake from scratch: neither read nor write the build cache ("
            + BuildCache.FOLDER + "), which otherwise lets a bake redo only what changed since the last one.")
    boolean noCache;

    /** The editions written beside the site: opt-in, since each adds a second or so to the shipped dossier's bake. */
    enum EditionName { epub, print, pdf, all, none }

    @Option(names = "--editions", paramLabel = "LIST", split = ",", defaultValue = "none",
            description = "Editions written into the output beside the site, comma-separated: epub (dossier.epub), print (print.html,"
                    + " the whole dossier on one page), pdf (dossier.pdf, made from print.html, which it writes too), all, or none (the default).")
    java.util.List<EditionName> editions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path root = site.root();
        site.existingRoot(spec.commandLine());
        Path output = (out != null ? out : root.resolve("target/site")).toAbsolutePath().normalize();
        java.util.Optional<String> refusal = OutputGuard.refusal(root, output, force);
        if (refusal.isPresent()) {
            // the folder, not the command's use, is wrong: the reason alone, without the usage text
            spec.commandLine().getErr().println(refusal.get());
            return Main.USAGE;
        }
        BuildCache cache = BuildCache.of(root);
        long loading = System.nanoTime();
        java.util.Optional<Build.Memo> memo = noCache ? java.util.Optional.empty() : java.util.Optional.of(cache.load().map(Build.Memo::forBake).orElseGet(Build.Memo::forBake));
        long loaded = System.nanoTime();
        Build.Result result = memo.map(Build::new).orElseGet(Build::new).run(new Build.Options(root, output, false, force, true,
                editions()));
        DiagnosticPrinter.print(result, spec.commandLine().getErr());
        long saving = System.nanoTime();
        if (result.ok() && memo.isPresent()) {
            cache.save(memo.get()).ifPresent(why -> spec.commandLine().getErr().println("note: the build cache was not saved: " + why));
        }
        long saved = System.nanoTime();
        if (timings) {
            if (memo.isPresent()) {
                spec.commandLine().getOut().printf("  %-9s %5d ms%n", "cache", (loaded - loading) / 1_000_000);
            }
            result.timings().forEach(t -> spec.commandLine().getOut().printf("  %-9s %5d ms%n", t.phase(), t.millis()));
            if (memo.isPresent()) {
                spec.commandLine().getOut().printf("  %-9s %5d ms%n", "save", (saved - saving) / 1_000_000);
            }
        }
        if (!result.ok()) {
            spec.commandLine().getErr().println("bake failed: nothing was written"
                    + (output.toFile().exists() ? "; the previous site in " + OutputTarget.shown(root, output) + " is unchanged" : ""));
            return Main.CONTENT_ERRORS;
        }
        Dossier dossier = result.dossier().orElseThrow();
        long millis = (System.nanoTime() - start) / 1_000_000;
        spec.commandLine().getOut().printf("Baked %s (%s, %s) into %s in %d ms%n", count(result.pagesWritten(), "page"),
                count(dossier.pages(PageKind.ARTICLE).size(), "article"), count(dossier.sources().size(), "source"), output, millis);
        return Main.OK;
    }

    /** The editions asked for: none wins over the others, all means every one. */
    private java.util.Set<Edition> editions() {
        if (editions.contains(EditionName.none)) {
            return java.util.Set.of();
        }
        if (editions.contains(EditionName.all)) {
            return java.util.EnumSet.allOf(Edition.class);
        }
        return editions.stream().map(name -> Edition.valueOf(name.name().toUpperCase(java.util.Locale.ROOT)))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** "1 article", "5 articles". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
