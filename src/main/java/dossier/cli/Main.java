package dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code java -jar dossier.jar <command>}: exit 0 on success, 1 on content errors, 2 on usage errors. */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  java -jar target/dossier.jar bake", "  java -jar target/dossier.jar serve --drafts", "  java -jar target/dossier.jar check --strict"}, versionProvider = Version.class,
        description = "Builds an annotated dossier: verbatim, verified excerpts of archived sources with commentary.")
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        QuietLogging.install();
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line and returns its exit code; the streams are injectable for tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err, args).execute(args);
    }

    /** The commands in the order help lists them. */
    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("init", InitCommand::new);
        commands.put("bake", BakeCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("theme", ThemeCommand::new);
        commands.put("explain", ExplainCommand::new);
        return commands;
    }

    /**
     * The command line for {@code args}. Only the command named first is set up: picocli reflects
     * over every registered command at start-up, which for all of them costs about 100 ms of a
     * bake. Anything else (help, version, a mistyped name) gets every command, so that usage
     * messages and suggestions list them all.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        Map<String, Supplier<Object>> commands = commands();
        Supplier<Object> named = args.length > 0 ? commands.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            commands.values().forEach(command -> cli.addSubcommand(command.get()));
            cli.addSubcommand(new CommandLine.HelpCommand());
        }
        cli.setOut(out);
        cli.setErr(err);
        // help as wide as the terminal it is shown in (80 columns when there is none), wrapped at spaces only
        HelpWrapping.apply(cli, HelpWrapping.terminalWidth(cli));
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : CONTENT_ERRORS);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dossier: internal error: " + e);
            if (System.getenv("DOSSIER_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(set DOSSIER_DEBUG=1 for the stack trace, and please report it)");
            }
            return CONTENT_ERRORS;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
