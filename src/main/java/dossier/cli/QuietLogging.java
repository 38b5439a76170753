package dossier.cli;

import java.util.logging.LogManager;

/**
 * Silences java.util.logging; SLF4J logs already go nowhere (slf4j-nop). Users see our
 * diagnostics only, never library noise.
 */
final class QuietLogging {
    private QuietLogging() {
    }

    static void install() {
        LogManager.getLogManager().reset();
    }
}
