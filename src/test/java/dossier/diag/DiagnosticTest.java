package dossier.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DiagnosticTest {

    @Test
    void headlineIsPathLineColumnSeverityMessageAndCode() {
        Diagnostic d = Diagnostic.error("unknown-source", "content/articles/a.md", new Position(11, 3),
                "unknown source key '@x'");
        assertEquals("content/articles/a.md:11:3: error: unknown source key '@x' [unknown-source]", d.headline());
    }

    @Test
    void formatWithoutHintIsTheHeadline() {
        Diagnostic d = Diagnostic.error("encoding", "content/about.md", new Position(2, 12), "not UTF-8");
        assertEquals("content/about.md:2:12: error: not UTF-8 [encoding]", d.format());
        assertEquals(d.headline(), d.withHint("   ").format());
    }

    @Test
    void formatIndentsEveryHintLineByFourSpaces() {
        Diagnostic d = Diagnostic.error("excerpt-mismatch", "content/articles/a.md", new Position(9, 3), "not verbatim")
                .withHint("closest passage, ¶1: \"x\"\nonly white space may differ");
        assertEquals("""
                content/articles/a.md:9:3: error: not verbatim [excerpt-mismatch]
                    closest passage, ¶1: "x"
                    only white space may differ""", d.format());
    }

    @Test
    void warningsAreLabelledWarning() {
        Diagnostic d = new Diagnostic("uncited-source", Severity.WARNING, "content/sources/a.yml", new Position(1, 5),
                "source 'a' is not cited by any page", null);
        assertEquals("content/sources/a.yml:1:5: warning: source 'a' is not cited by any page [uncited-source]", d.format());
    }

    @Test
    void backslashesInThePathBecomeForwardSlashes() {
        Diagnostic d = Diagnostic.error("x", "content\\articles\\a.md", Position.START, "m");
        assertEquals("content/articles/a.md", d.path());
        assertEquals("content/articles/a.md:1:1: error: m [x]", d.headline());
    }

    @Test
    void withHintKeepsEverythingElse() {
        Diagnostic d = Diagnostic.error("c", "p", new Position(3, 4), "m");
        Diagnostic hinted = d.withHint("h");
        assertEquals(new Diagnostic("c", Severity.ERROR, "p", new Position(3, 4), "m", "h"), hinted);
    }

    @Test
    void positionsAreOneBased() {
        assertThrows(IllegalArgumentException.class, () -> new Position(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Position(1, 0));
        assertEquals(new Position(5, 7), new Position(2, 7).plusLines(3));
    }

    @Test
    void controlCharactersQuotedFromContentArePrintedAsEscapes() {
        Diagnostic d = Diagnostic.error("bad-id", "a.yml", new Position(1, 1), "source id 'a\u0000b\u202E\u001B[31m' is bad")
                .withHint("near \u0085here");
        assertEquals("a.yml:1:1: error: source id 'a\\u0000b\\u202E\\u001B[31m' is bad [bad-id]\n    near \\u0085here", d.format());
    }

    /** Issue 15: the six-part constructor of before still makes a diagnostic, with no span and no fix. */
    @Test
    void aDiagnosticWithoutAKnownSpanEndsWhereItStarts() {
        Diagnostic d = new Diagnostic("draft", Severity.WARNING, "content/a.md", new Position(1, 1), "draft", null);
        assertEquals(d.position(), d.end());
        assertFalse(d.hasSpan());
        assertNull(d.fix());
        assertEquals(d.position(), d.withEnd(new Position(1, 1)).end());
        assertEquals(d.position(), d.withEnd(null).end());
        assertEquals(new Position(2, 5), new Diagnostic("draft", Severity.WARNING, "content/a.md", new Position(2, 5), "draft", null,
                new Position(1, 9), null).end(), "an end before the start is no span");
    }

    @Test
    void hintSpanAndFixAreKeptByEachOther() {
        Fix fix = Fix.replace(new Position(3, 5), new Position(3, 9), "Seol", "Seoul");
        Diagnostic d = Diagnostic.error("unknown-entity", "content/a.md", new Position(3, 3), "no entity is called 'Seol'")
                .withEnd(new Position(3, 9)).withFix(fix).withHint("add an entity page");
        assertTrue(d.hasSpan());
        assertEquals(new Position(3, 9), d.end());
        assertEquals(fix, d.fix());
        assertEquals("replace 'Seol' with 'Seoul'", fix.description());
        assertEquals(List.of(new Fix.Replacement(new Position(3, 5), new Position(3, 9), "Seoul")), fix.replacements());
        assertEquals("content/a.md:3:3: error: no entity is called 'Seol' [unknown-entity]\n    add an entity page", d.format(),
                "the text form is as it was");
    }
}
