package dossier.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {

    @Test
    void identicalDiagnosticsAreKeptOnce() {
        Report report = new Report();
        report.error("template", "templates/page.ftl", new Position(3, 1), "bad template", "fix it");
        report.error("template", "templates/page.ftl", new Position(3, 1), "bad template", "fix it");
        report.add(Diagnostic.error("template", "templates/page.ftl", new Position(3, 1), "bad template").withHint("fix it"));
        assertEquals(1, report.diagnostics().size());
        assertEquals("1 error, 0 warnings", report.summary());
    }

    @Test
    void diagnosticsThatDifferInAnythingAreAllKept() {
        Report report = new Report();
        report.error("a", "p", new Position(1, 1), "m");
        report.error("a", "p", new Position(1, 2), "m");
        report.error("a", "p", new Position(1, 1), "m2");
        report.error("b", "p", new Position(1, 1), "m");
        report.error("a", "p", new Position(1, 1), "m", "hint");
        assertEquals(5, report.diagnostics().size());
    }

    @Test
    void errorsAreToldApartByFile() {
        Report report = new Report();
        report.add(new Diagnostic("w", Severity.WARNING, "content/a.md", Position.START, "only a warning", null));
        report.error("e", "content/b.md", Position.START, "an error");
        assertFalse(report.hasErrorsIn("content/a.md"), "a warning is not an error");
        assertTrue(report.hasErrorsIn("content/b.md"));
        assertFalse(report.hasErrorsIn("content/c.md"));
    }

    @Test
    void sortedByPathThenLineThenColumnThenMessage() {
        Report report = new Report();
        report.error("c", "content/b.md", new Position(1, 1), "b1");
        report.error("c", "content/a.md", new Position(10, 1), "a10");
        report.error("c", "content/a.md", new Position(2, 5), "a2-5");
        report.error("c", "content/a.md", new Position(2, 1), "a2-1 z");
        report.error("c", "content/a.md", new Position(2, 1), "a2-1 y");
        List<String> messages = report.diagnostics().stream().map(Diagnostic::message).toList();
        // line 10 sorts after line 2: numbers, not text
        assertEquals(List.of("a2-1 y", "a2-1 z", "a2-5", "a10", "b1"), messages);
    }

    @Test
    void summaryCountsErrorsAndWarningsWithPlurals() {
        Report report = new Report();
        assertEquals("0 errors, 0 warnings", report.summary());
        assertFalse(report.hasErrors());
        report.add(new Diagnostic("w", Severity.WARNING, "p", Position.START, "w1", null));
        assertEquals("0 errors, 1 warning", report.summary());
        assertFalse(report.hasErrors(), "a warning is not an error");
        report.error("e", "p", Position.START, "e1");
        report.error("e", "p", Position.START, "e2");
        assertEquals("2 errors, 1 warning", report.summary());
        assertTrue(report.hasErrors());
        assertEquals(2, report.count(Severity.ERROR));
        assertEquals(1, report.count(Severity.WARNING));
    }

    @Test
    void diagnosticsListIsACopy() {
        Report report = new Report();
        report.error("e", "p", Position.START, "m");
        List<Diagnostic> before = report.diagnostics();
        report.error("e", "p", Position.START, "m2");
        assertEquals(1, before.size());
        assertEquals(2, report.diagnostics().size());
    }
}
