package dossier.cli;

import dossier.build.Build;
import dossier.build.BuildCache;
import dossier.diag.Codes;
import dossier.diag.Diagnostic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  java -jar target/dossier.jar check", "  java -jar target/dossier.jar check --format github --strict",
                "  java -jar target/dossier.jar check --format sarif > dossier.sarif"},
        description = {"Verify the content and report every problem; writes nothing.",
                "Warnings can be silenced by code in jbake.properties: dossier.suppress=uncited-source, draft",
                "'dossier explain CODE' says what a code means and how to fix it."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif, github }

    @Mixin
    SiteOptions site;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default); json: one JSON object per line on stdout with code, severity, path, line, column, "
                    + "endLine, endColumn, message, hint and fix (the replacement that mends it, where it is certain); "
                    + "sarif: one SARIF 2.1.0 log on stdout, for GitHub code scanning and editors; "
                    + "github: one GitHub Actions workflow command per problem on stdout (such as '::error file=F,line=L::message'), "
                    + "which a workflow shows as annotations on the pull request's files.")
    Format format;

    @Option(names = "--strict", description = "Warnings fail the check too (exit 1), as errors do: for CI that keeps a dossier free of warnings.")
    boolean strict;

    @Option(names = "--no-cache", description = "Check from scratch, without the build cache the last bake left ("
            + BuildCache.FOLDER + "; a check reads it, never writes it).")
    boolean noCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        site.existingRoot(spec.commandLine());
        Build build = noCache ? new Build() : BuildCache.of(site.root()).load().map(state -> new Build(Build.Memo.forBake(state))).orElseGet(Build::new);
        Build.Result result = build.run(new Build.Options(site.root(), null));
        if (format == Format.sarif) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(SarifLog.of(result.report().diagnostics(), site.root(), Version.number(), Codes.catalogue()));
            out.flush();
        } else if (format == Format.json || format == Format.github) {
            PrintWriter out = spec.commandLine().getOut();
            for (Diagnostic d : result.report().diagnostics()) {
                out.println(format == Format.json ? DiagnosticJson.of(d) : GitHubAnnotation.of(d));
            }
            out.flush();
        } else {
            DiagnosticPrinter.print(result, spec.commandLine().getErr());
            if (result.report().diagnostics().isEmpty()) {
                spec.commandLine().getOut().println("No errors or warnings.");
            }
        }
        boolean warned = result.report().diagnostics().stream().anyMatch(d -> d.severity() == dossier.diag.Severity.WARNING);
        if (strict && warned && result.ok() && format == Format.text) {
            spec.commandLine().getErr().println("--strict: the warnings fail the check");
        }
        return result.ok() && !(strict && warned) ? Main.OK : Main.CONTENT_ERRORS;
    }
}
