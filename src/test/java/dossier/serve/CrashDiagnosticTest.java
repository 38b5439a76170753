package dossier.serve;

import dossier.diag.Diagnostic;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A rebuild that crashes is shown in words, never as a Java class name at jbake.properties:1:1. */
class CrashDiagnosticTest {

    @Test
    void aStackOverflowSaysTheContentIsNestedTooDeeply() {
        Diagnostic d = DevServer.crash(new StackOverflowError());
        assertEquals("content:1:1: error: the rebuild stopped because some content is nested too deeply to process;"
                + " the last good site stays up [internal-error]", d.headline());
        assertEquals("run 'dossier check' to find the file, and please report it (DOSSIER_DEBUG=1 shows where it stopped)", d.hint());
    }

    @Test
    void otherCrashesNameNoJavaPackageAndNoSettingsFile() {
        for (Throwable e : new Throwable[] {new OutOfMemoryError("Java heap space"), new IllegalStateException("x")}) {
            String shown = DevServer.crash(e).format();
            assertFalse(shown.contains("java.lang") || shown.contains("jbake.properties") || shown.contains("Error:"), shown);
        }
        assertEquals("content:1:1: error: the rebuild stopped because of a bug in dossier (IllegalStateException); the last good site stays up [internal-error]",
                DevServer.crash(new IllegalStateException("x")).headline());
    }
}
