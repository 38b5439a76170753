package dossier.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodesTest {

    @Test
    void sectionsBecomeEntriesInOrderAndTheIntroductionIsSkipped() {
        Codes codes = Codes.parse("""
                # Codes
                An introduction.

                ## b-code
                severity: warning
                summary: Second letter.

                What it means.

                    an indented example

                ## a-code
                severity: error
                summary: First letter.
                """);
        assertEquals(List.of("b-code", "a-code"), List.copyOf(codes.codes()));
        Codes.Entry b = codes.find("b-code").orElseThrow();
        assertEquals(new Codes.Entry("b-code", Severity.WARNING, "Second letter.", "What it means.\n\n    an indented example"), b);
        assertTrue(b.canBeSilenced());
        assertFalse(codes.find("a-code").orElseThrow().canBeSilenced());
        assertTrue(codes.find("c-code").isEmpty());
    }

    @Test
    void aCodeTwiceOrAnEntryWithoutSeverityIsRefused() {
        assertThrows(IllegalStateException.class, () -> Codes.parse("## a\nseverity: error\nsummary: x\n## a\nseverity: error\nsummary: y\n"));
        assertThrows(IllegalStateException.class, () -> Codes.parse("## a\nsummary: x\n"));
    }

    @Test
    void theShippedCatalogueHasASummaryAndTextForEveryCode() {
        for (Codes.Entry e : Codes.catalogue().entries()) {
            assertFalse(e.summary().isBlank(), e.code());
            assertTrue(e.text().contains("[" + e.code() + "]"), e.code() + ": the entry shows a printed example");
            assertTrue(e.text().contains("Fix:"), e.code() + ": the entry says how to fix it");
        }
    }
}
