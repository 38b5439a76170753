package dossier.text;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControlCharactersTest {
    private final Report report = new Report();

    private List<Position> positions() {
        return report.diagnostics().stream().map(Diagnostic::position).toList();
    }

    @Test
    void tabsLineEndsAndOrdinaryTextAreAllowed() {
        String text = "title: \"Ünïcode — 한국 \uD83D\uDE00\"\n\tindented\r\n";
        assertEquals(text, ControlCharacters.check(text, "a.md", report));
        assertEquals(List.of(), report.diagnostics());
    }

    @Test
    void eachForbiddenCharacterIsReportedAtItsLineAndColumnAndReplaced() {
        String text = "a\u0000b\nc\u0085d\u202Ee\n\u2066\u007F\u001B";
        String clean = ControlCharacters.check(text, "a.md", report);
        assertEquals("a\uFFFDb\nc\uFFFDd\uFFFDe\n\uFFFD\uFFFD\uFFFD", clean);
        assertEquals(List.of(new Position(1, 2), new Position(2, 2), new Position(2, 4), new Position(3, 1),
                new Position(3, 2), new Position(3, 3)), positions());
    }

    @Test
    void loneSurrogatesAreNotCharactersButPairsAre() {
        assertEquals(0, ControlCharacters.first("\uD800x"));
        assertEquals(1, ControlCharacters.first("x\uDC00"));
        assertEquals(-1, ControlCharacters.first("\uD83D\uDE00"));
    }

    @Test
    void everyBidiOverrideAndIsolateIsCaughtButNotTheMarks() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            assertTrue(ControlCharacters.describe(String.valueOf(c), 0).isPresent(), Integer.toHexString(c));
        }
        // the left-to-right and right-to-left marks are ordinary in right-to-left text
        assertFalse(ControlCharacters.describe("\u200E", 0).isPresent());
        assertFalse(ControlCharacters.describe("\u200F", 0).isPresent());
    }

    @Test
    void aValueIsReportedOnceAtItsPosition() {
        assertFalse(ControlCharacters.checkValue("x\u0000y\u0001", "value", "a.md", new Position(2, 8), report));
        assertEquals(List.of(new Position(2, 8)), positions());
        assertTrue(report.diagnostics().get(0).message().contains("NUL"));
    }

    @Test
    void aFileFullOfControlCharactersIsReportedTenTimesAndCounted() {
        String text = "\u0000".repeat(100_000);
        String clean = ControlCharacters.check(text, "a.md", report);
        assertEquals("\uFFFD".repeat(100_000), clean);
        assertEquals(ControlCharacters.SHOWN_PER_FILE + 1, report.diagnostics().size());
        assertTrue(report.diagnostics().get(ControlCharacters.SHOWN_PER_FILE).message().contains("99990 more"),
                report.diagnostics().toString());
    }
}
