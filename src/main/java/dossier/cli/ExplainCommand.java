package dossier.cli;

import dossier.diag.Codes;
import dossier.diag.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  java -jar target/dossier.jar explain excerpt-mismatch"},
        description = {"Explain a diagnostic code (the [code] at the end of each problem): what it means, an example, how to fix it.",
                "Without a code, list every code with a one-line summary."})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CODE", arity = "0..1", description = "A code such as excerpt-mismatch.")
    String code;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Codes codes = Codes.catalogue();
        PrintWriter out = spec.commandLine().getOut();
        if (code == null) {
            int width = codes.codes().stream().mapToInt(String::length).max().orElse(0);
            for (Codes.Entry e : codes.entries()) {
                out.printf("%-" + width + "s  %-7s  %s%n", e.code(), e.severity().label(), e.summary());
            }
            out.println();
            out.println("Run 'dossier explain CODE' for one of them.");
        } else {
            Codes.Entry e = codes.find(code).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "no diagnostic code '" + code + "'" + Suggestions.didYouMean(code, codes.codes())
                            + "; 'dossier explain' lists them all"));
            out.println(e.code() + " (" + e.severity().label() + ", "
                    + (e.canBeSilenced() ? "can be silenced with dossier.suppress" : "cannot be silenced") + ")");
            out.println(e.summary());
            out.println();
            out.println(e.text());
        }
        out.flush();
        return Main.OK;
    }
}
