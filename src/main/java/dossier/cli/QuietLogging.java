package dossier.cli;

/**
 * Silences java.util.logging, through which Freemarker and SnakeYAML log; SLF4J logs already go
 * nowhere (slf4j-nop). Users see our diagnostics only, never library noise. java.util.logging
 * takes its configuration from this class instead of its logging.properties, and only once
 * something logs: configuring it eagerly cost 20 ms of every start.
 */
public final class QuietLogging {
    /** Called by the LogManager in place of reading logging.properties: no handlers, so nothing is printed. */
    public QuietLogging() {
    }

    static void install() {
        System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
}
