package dossier.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In a fresh JVM (the test JVM's logging is configured long before), library logging prints nothing. */
class QuietLoggingTest {

    /** Runs in the child JVM: logs loudly, with and without our set-up. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("quiet")) {
            QuietLogging.install();
        }
        Logger.getLogger("freemarker.runtime").severe("library noise");
        System.out.println("done");
    }

    @Test
    void libraryLogsPrintNothingOnceInstalled() throws Exception {
        Child quiet = runChild("quiet");
        assertEquals("done", quiet.out().strip());
        assertEquals("", quiet.err(), "stderr must stay clean");
    }

    @Test
    void withoutItTheSameLogWouldReachTheUser() throws Exception {
        Child loud = runChild("loud");
        assertTrue(loud.err().contains("library noise"), "the probe must be able to fail: " + loud.err());
    }

    private record Child(String out, String err) {
    }

    private static Child runChild(String mode) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                QuietLoggingTest.class.getName(), mode).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child JVM timed out");
        return new Child(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
