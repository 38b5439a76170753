package dossier.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DifferenceTest {
    @Test
    void firstIsWhereTheTextsPartOrWhereTheShorterEnds() {
        assertEquals(0, Difference.first("abc", "xbc"));
        assertEquals(16, Difference.first("Tokyo agreed on Tuesday", "Tokyo agreed on Monday"));
        assertEquals(3, Difference.first("abc", "abcdef"), "a prefix differs where the shorter ends");
        assertEquals(3, Difference.first("abc", "abc"));
        assertEquals(0, Difference.first("", "abc"));
    }

    @Test
    void aroundCutsAWindowAndMarksTheCuts() {
        assertEquals("abc", Difference.around("abc", 1, 40));
        assertEquals("…defg…", Difference.around("abcdefghij", 5, 4));
        assertEquals("abcd…", Difference.around("abcdefghij", 0, 8));
        assertEquals("…ghij", Difference.around("abcdefghij", 10, 8));
    }
}
