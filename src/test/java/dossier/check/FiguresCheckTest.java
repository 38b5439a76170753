package dossier.check;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure's value is found in its paragraph however the source writes it (issue 15, item 4). */
class FiguresCheckTest {
    private static boolean in(String value, String text) {
        return FiguresCheck.appears(new BigDecimal(value), text);
    }

    @Test
    void digitsWithSeparatorsSignsAndScales() {
        assertTrue(in("1200", "some 1,200 firms"));
        assertTrue(in("40", "$40bn of trade"));
        assertTrue(in("2.5", "2.5 trillion won"));
        assertTrue(in("80", "80% of the world's gallium"));
        assertFalse(in("120", "some 1,200 firms"), "a part of a number is not the number");
        assertFalse(in("1200", "1,2000"), "a separator must set off three digits");
    }

    @Test
    void words() {
        assertTrue(in("90", "a grace period of ninety days"), "the case the issue names: it failed against the old table");
        assertTrue(in("205", "two hundred and five items"));
        assertTrue(in("2.5", "for two and a half years"));
        assertTrue(in("50", "between forty and fifty billion dollars"));
        assertFalse(in("9", "ninety days"));
        assertTrue(in("0.33", "a third of the world's supply") && in("0.333", "a third of the world's supply"));
        assertFalse(in("0.3", "a third of the world's supply"), "rounded as digits would be, no coarser");
        assertTrue(in("0.75", "three quarters of the chips"));
    }

    @Test
    void rangesAsSourcesWriteThem() {
        assertTrue(in("40", "40–50 billion") && in("50", "40–50 billion"));
        assertTrue(in("40", "between 40 and 50") && in("50", "between 40 and 50"));
    }
}
