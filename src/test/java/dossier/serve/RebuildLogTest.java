package dossier.serve;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Severity;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RebuildLogTest {
    private static final Changes ONE = new Changes(List.of(new Changes.Change("content/articles/x.md", Changes.Kind.CHANGED)), false);
    private static final Diagnostic MISMATCH = Diagnostic.error("excerpt-mismatch", "content/articles/x.md", new Position(9, 3),
            "excerpt is not verbatim").withHint("closest passage, ¶1");
    private static final Diagnostic DRAFT = new Diagnostic("draft", Severity.WARNING, "content/a.md", Position.START, "draft", null);

    @Test
    void theHeaderNamesTheChangeAndTheTime() {
        assertEquals("rebuilt after content/articles/x.md changed: 0.41 s",
                RebuildLog.header(RebuildLog.Outcome.REBUILT, ONE, Duration.ofMillis(412)));
        assertEquals("rebuild failed after content/articles/x.md changed: 1.50 s (serving the last good site)",
                RebuildLog.header(RebuildLog.Outcome.FAILED_SERVING_LAST, ONE, Duration.ofMillis(1499)));
        assertEquals("rebuild failed after content/articles/x.md changed: 0.00 s (no good site yet)",
                RebuildLog.header(RebuildLog.Outcome.FAILED_NOTHING_SERVED, ONE, Duration.ZERO));
    }

    @Test
    void newProblemsWithTheirHintsThenFixedOnesThenTheCounts() {
        DiagnosticDelta delta = new DiagnosticDelta(List.of(MISMATCH), List.of(DRAFT));
        assertEquals(List.of("content/articles/x.md:9:3: error: excerpt is not verbatim [excerpt-mismatch]\n    closest passage, ¶1",
                        "fixed: content/a.md:1:1: warning: draft [draft]",
                        "1 error, 0 warnings (1 new, 1 fixed)"),
                RebuildLog.details(delta, "1 error, 0 warnings", true));
    }

    @Test
    void unchangedProblemsAreCountedNotRepeatedAndACleanBuildSaysNothingMore() {
        assertEquals(List.of("0 errors, 1 warning (unchanged)"),
                RebuildLog.details(DiagnosticDelta.between(List.of(DRAFT), List.of(DRAFT)), "0 errors, 1 warning", true));
        assertEquals(List.of(), RebuildLog.details(DiagnosticDelta.between(List.of(), List.of()), "0 errors, 0 warnings", false));
    }

    @Test
    void aGoodRebuildGoesToOutAndItsProblemsToErr() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RebuildLog.print(RebuildLog.Outcome.REBUILT, ONE, Duration.ofMillis(100), new DiagnosticDelta(List.of(DRAFT), List.of()),
                "0 errors, 1 warning", true, new PrintWriter(out), new PrintWriter(err));
        assertEquals("rebuilt after content/articles/x.md changed: 0.10 s\n", out.toString().replace("\r\n", "\n"));
        assertEquals("content/a.md:1:1: warning: draft [draft]\n0 errors, 1 warning (1 new)\n", err.toString().replace("\r\n", "\n"));

        StringWriter failed = new StringWriter();
        RebuildLog.print(RebuildLog.Outcome.FAILED_SERVING_LAST, ONE, Duration.ofMillis(100), new DiagnosticDelta(List.of(), List.of()),
                "1 error, 0 warnings", true, new PrintWriter(new StringWriter()), new PrintWriter(failed));
        assertEquals("rebuild failed after content/articles/x.md changed: 0.10 s (serving the last good site)\n1 error, 0 warnings (unchanged)\n",
                failed.toString().replace("\r\n", "\n"));
    }
}
