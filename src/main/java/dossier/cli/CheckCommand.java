package dossier.cli;

import dossier.build.Build;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Verify the content and report every problem; writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!site.exists()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--site: no such folder: " + site.root());
        }
        Build.Result result = new Build().run(new Build.Options(site.root(), null));
        DiagnosticPrinter.print(result, spec.commandLine().getErr());
        if (result.ok()) {
            spec.commandLine().getOut().println("No errors.");
            return Main.OK;
        }
        return Main.CONTENT_ERRORS;
    }
}
