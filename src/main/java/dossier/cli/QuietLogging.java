package dossier.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes java.util.logging into logback (configured quiet in logback.xml) so that no library prints to the terminal. */
final class QuietLogging {
    private QuietLogging() {
    }

    static void install() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
