package dossier.cli;

import dossier.diag.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * How a command line that cannot be read is answered (exit 2). Picocli's own answer to an unknown
 * name lumps everything after it together ("Unknown options: '--sit', 'site'": the folder is not an
 * option) and suggests "help" for a mistyped command; this says which word is wrong and what was
 * probably meant. Every other usage error keeps picocli's message followed by the command's usage.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            String command = cli.getCommandSpec().qualifiedName();
            if (word.startsWith("-")) {
                String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                err.println("unknown option '" + name + "' for '" + command + "'" + Suggestions.didYouMean(name, options(cli)));
                if (cli.getCommandSpec().parent() == null) {
                    err.println("the options of a command go after its name, as in 'dossier check --site DIR'");
                }
                err.println("'" + command + " --help' lists its options");
            } else if (cli.getSubcommands().isEmpty()) {
                err.println("unexpected argument '" + word + "' for '" + command + "'");
                cli.usage(err);
            } else {
                List<String> names = cli.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
                String suggestion = Suggestions.didYouMean(word, names);
                err.println("unknown command '" + word + "' for '" + command + "'"
                        + (suggestion.isEmpty() ? " (it has " + String.join(", ", names) + ")" : suggestion));
                err.println("'" + command + " --help' lists the commands");
            }
            err.flush();
            return Main.USAGE;
        }
        // picocli reports a missing option before an unknown one, though the unknown one is often the
        // missing one mistyped (--knd for --kind): name it first
        if (e instanceof CommandLine.MissingParameterException) {
            List<String> known = options(cli);
            for (String arg : args) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (name.startsWith("--") && !known.contains(name)) {
                    err.println("unknown option '" + name + "' for '" + cli.getCommandSpec().qualifiedName() + "'"
                            + Suggestions.didYouMean(name, known));
                    break;
                }
            }
        }
        err.println(e.getMessage());
        cli.usage(err);
        err.flush();
        return Main.USAGE;
    }

    private static List<String> options(CommandLine cli) {
        List<String> names = new ArrayList<>();
        cli.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        return names;
    }
}
