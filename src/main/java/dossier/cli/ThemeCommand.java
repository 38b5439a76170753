package dossier.cli;

import dossier.build.ThemeFiles;
import dossier.diag.Report;
import dossier.diag.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code theme list|eject}: the bundled theme's files, and copies of them in the site for editing. */
@Command(name = "theme", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar theme eject templates/layout.ftl"},
        description = {"The theme bundled in dossier.jar: its templates and assets serve every site, and a site's own"
                + " templates/ and assets/ override them file by file."},
        subcommands = {ThemeCommand.ListFiles.class, ThemeCommand.Eject.class})
final class ThemeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: list or eject");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar theme list"},
            description = "List the theme's files, each marked when the site has its own copy.")
    static final class ListFiles implements Callable<Integer> {
        @Mixin
        SiteOptions site;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            for (String file : ThemeFiles.all()) {
                boolean own = java.nio.file.Files.exists(site.root().resolve(file));
                spec.commandLine().getOut().println(file + (own ? "  (the site's own copy is used)" : ""));
            }
            return Main.OK;
        }
    }

    @Command(name = "eject", mixinStandardHelpOptions = true,
            footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar theme eject templates/layout.ftl"},
            description = {"Copy theme files into the site's templates/ or assets/ for editing (all of them when none"
                    + " is named); the site's copy then wins. A file the site has already is never overwritten."})
    static final class Eject implements Callable<Integer> {
        @Mixin
        SiteOptions site;

        @Parameters(paramLabel = "FILE", arity = "0..*",
                description = "Theme files as 'theme list' names them, e.g. templates/layout.ftl or assets/css/dossier.css.")
        List<String> files = new ArrayList<>();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            site.existingRoot(spec.commandLine());
            List<String> all = ThemeFiles.all();
            List<String> names = new ArrayList<>();
            for (String file : files) {
                String name = file.replace('\\', '/');
                if (!all.contains(name)) {
                    // a bare name is found in either folder ("layout.ftl")
                    List<String> byName = all.stream().filter(f -> f.endsWith("/" + name)).toList();
                    if (byName.size() != 1) {
                        throw new CommandLine.ParameterException(spec.commandLine(), "'" + file + "' is not a theme file"
                                + Suggestions.didYouMean(name, name.contains("/") ? all
                                        : all.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList())
                                + " ('theme list' lists them)");
                    }
                    names.add(byName.get(0));
                } else {
                    names.add(name);
                }
            }
            Report report = new Report();
            ThemeFiles.Ejected ejected = ThemeFiles.eject(site.root(), files.isEmpty() ? all : names.stream().distinct().toList(), report);
            DiagnosticPrinter.print(report, spec.commandLine().getErr());
            if (report.hasErrors()) {
                spec.commandLine().getErr().println("theme eject failed: nothing was written");
                return Main.CONTENT_ERRORS;
            }
            ejected.copied().forEach(f -> spec.commandLine().getOut().println("copied " + f));
            ejected.kept().forEach(f -> spec.commandLine().getOut().println("kept " + f + ": the site has its own"));
            return Main.OK;
        }
    }
}
