package dossier.serve;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticDeltaTest {

    private static Diagnostic error(String path, int line, String message) {
        return Diagnostic.error("broken-link", path, new Position(line, 3), message);
    }

    private static Diagnostic warning(String path, int line, String message) {
        return new Diagnostic("draft", Severity.WARNING, path, new Position(line, 1), message, null);
    }

    private static List<Integer> lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.position().line()).toList();
    }

    @Test
    void newAndGoneAreNamedAndTheRestIsNot() {
        Diagnostic kept = warning("content/a.md", 1, "draft");
        Diagnostic fixed = error("content/a.md", 4, "no page 'x'");
        Diagnostic made = error("content/b.md", 7, "no page 'y'");
        DiagnosticDelta delta = DiagnosticDelta.between(List.of(kept, fixed), List.of(made, kept));
        assertEquals(List.of(made), delta.added());
        assertEquals(List.of(fixed), delta.gone());
        assertEquals("1 new, 1 fixed", delta.describe());
    }

    @Test
    void aProblemThatMovedIsTheSameProblem() {
        Diagnostic before = error("content/a.md", 9, "excerpt is not verbatim");
        Diagnostic after = error("content/a.md", 12, "excerpt is not verbatim").withHint("a hint may change too");
        DiagnosticDelta delta = DiagnosticDelta.between(List.of(before), List.of(after));
        assertTrue(delta.isEmpty(), delta.toString());
        assertEquals("unchanged", delta.describe());
    }

    @Test
    void codePathAndMessageMakeTheIdentity() {
        Diagnostic a = error("content/a.md", 9, "no page 'x'");
        assertEquals("1 new, 1 fixed", DiagnosticDelta.between(List.of(a), List.of(error("content/b.md", 9, "no page 'x'"))).describe());
        assertEquals("1 new, 1 fixed", DiagnosticDelta.between(List.of(a), List.of(error("content/a.md", 9, "no page 'z'"))).describe());
        Diagnostic otherCode = Diagnostic.error("excerpt-mismatch", "content/a.md", new Position(9, 3), "no page 'x'");
        assertEquals("1 new, 1 fixed", DiagnosticDelta.between(List.of(a), List.of(otherCode)).describe());
    }

    @Test
    void theSameMessageTwiceInAFileCountsTwice() {
        List<Diagnostic> two = List.of(error("content/a.md", 5, "no page 'x'"), error("content/a.md", 20, "no page 'x'"));
        List<Diagnostic> three = List.of(error("content/a.md", 5, "no page 'x'"), error("content/a.md", 11, "no page 'x'"),
                error("content/a.md", 20, "no page 'x'"));
        DiagnosticDelta added = DiagnosticDelta.between(two, three);
        assertEquals(List.of(11), lines(added.added()), "the one added between the two is the new one");
        assertEquals(List.of(), added.gone());

        DiagnosticDelta removed = DiagnosticDelta.between(three, two);
        assertEquals(List.of(), removed.added());
        assertEquals(List.of(11), lines(removed.gone()));
    }

    @Test
    void aLineAddedAboveDoesNotConfuseTheMatching() {
        // a line added at the top moves both old ones down by one; the new one is in the middle
        List<Diagnostic> before = List.of(error("content/a.md", 5, "no page 'x'"), error("content/a.md", 20, "no page 'x'"));
        List<Diagnostic> after = List.of(error("content/a.md", 6, "no page 'x'"), error("content/a.md", 11, "no page 'x'"),
                error("content/a.md", 21, "no page 'x'"));
        assertEquals(List.of(11), lines(DiagnosticDelta.between(before, after).added()));
        assertEquals(List.of(11), lines(DiagnosticDelta.between(after, before).gone()));
    }

    @Test
    void allGoneAndAllNew() {
        List<Diagnostic> some = List.of(error("content/b.md", 2, "m"), error("content/a.md", 1, "m"), warning("content/a.md", 1, "d"));
        DiagnosticDelta gone = DiagnosticDelta.between(some, List.of());
        assertEquals(3, gone.gone().size());
        assertEquals("content/a.md", gone.gone().get(0).path(), "sorted by path and position");
        assertEquals("3 fixed", gone.describe());
        assertEquals("3 new", DiagnosticDelta.between(List.of(), some).describe());
        assertEquals("unchanged", DiagnosticDelta.between(List.of(), List.of()).describe());
    }

    @Test
    void manyOfTheSameStillMatchQuickly() {
        List<Diagnostic> before = new java.util.ArrayList<>();
        List<Diagnostic> after = new java.util.ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            before.add(error("content/a.md", i * 2, "a control character (U+0001)"));
            after.add(error("content/a.md", i * 2 + 1, "a control character (U+0001)"));
        }
        after.add(error("content/a.md", 9000, "a control character (U+0001)"));
        assertEquals(List.of(9000), lines(DiagnosticDelta.between(before, after).added()));
    }
}
