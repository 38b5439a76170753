package dossier.cli;

import dossier.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n", footer = {"  java -jar target/dossier.jar serve", "  java -jar target/dossier.jar serve --drafts --port 8821"},
        description = {"Bake the site into a private folder, serve it locally, and re-bake on every change to content/,"
                + " templates/, assets/ or jbake.properties: open pages reload by themselves, and errors show in the"
                + " browser and here while the last good site stays up. Ctrl-C stops it.",
                "Nothing is written into the site folder; target/site is left alone."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8820", converter = PortNumber.class,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--drafts", description = "Publish drafts too, each marked as a draft on its page (a bake never does).")
    boolean drafts;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** "abc" is not a port number, in those words rather than picocli's "is not an int". */
    static final class PortNumber implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a port number (0 to 65535)");
            }
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Path root = site.root();
        CommandLine cli = spec.commandLine();
        site.existingRoot(cli);
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(cli, "--port: " + port + " is not a port number (0 to 65535)");
        }
        PrintWriter out = cli.getOut();
        DevServer server;
        try {
            server = DevServer.open(new DevServer.Settings(root, host, port, drafts), out, cli.getErr());
        } catch (BindException e) {
            String why = e.getMessage() == null ? "cannot bind" : e.getMessage();
            if (why.toLowerCase(java.util.Locale.ROOT).contains("in use")) {
                throw new CommandLine.ParameterException(cli, "--port: port " + port + " on " + host + " is already in use"
                        + " (is another server running?); choose another with --port, or --port 0 for any free port");
            }
            throw new CommandLine.ParameterException(cli, "--host/--port: cannot listen on " + host + ":" + port + ": " + why);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(cli, "--host: unknown host: " + host);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cli, "cannot start the server on " + host + ":" + port + ": " + e.getMessage());
        }
        // installed before the first bake: Ctrl-C at any point stops cleanly and deletes the private folder
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dossier-serve-stop"));
        try {
            if (!server.start()) {
                return Main.OK; // stopped during the first bake
            }
        } catch (IOException e) {
            server.close();
            cli.getErr().println("dossier: cannot watch " + root + " for changes: " + e.getMessage());
            return Main.CONTENT_ERRORS;
        }
        out.println("Serving " + root + " at " + server.uri() + " (Ctrl-C to stop)");
        out.flush();
        server.awaitClose();
        return Main.OK;
    }
}
