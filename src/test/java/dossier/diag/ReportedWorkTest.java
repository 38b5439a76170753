package dossier.diag;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Work is done again only for other inputs; what it reported is reported every time. */
class ReportedWorkTest {
    @Test
    void equalInputsGiveTheRememberedResultAndReportTheSameAgain() {
        ReportedWork<String, String> work = new ReportedWork<>();
        AtomicInteger done = new AtomicInteger();
        java.util.function.Function<Report, String> upper = own -> {
            done.incrementAndGet();
            own.error("code", "a.md", Position.START, "said once by the work");
            return "RESULT";
        };
        Report first = new Report();
        assertEquals("RESULT", work.get("a.md", "text", first, upper));
        Report second = new Report();
        assertEquals("RESULT", work.get("a.md", "text", second, upper));
        assertEquals(1, done.get(), "not done again");
        assertEquals(first.diagnostics(), second.diagnostics(), "reported again");

        work.get("a.md", "other text", new Report(), upper);
        assertEquals(2, done.get(), "other inputs: done again");
        work.get("b.md", "other text", new Report(), upper);
        assertEquals(3, done.get(), "another key");
        work.retain(Set.of("b.md"));
        work.get("a.md", "other text", new Report(), upper);
        assertEquals(4, done.get(), "a forgotten key");
    }

    @Test
    void onlyWhatIsKeptIsRemembered() {
        ReportedWork<String, String> work = new ReportedWork<>();
        assertEquals("fresh, whole", work.get("a.md", "t", new Report(), own -> "fresh, whole", r -> "kept"));
        assertEquals("kept", work.get("a.md", "t", new Report(), own -> "never", r -> r));
    }
}
