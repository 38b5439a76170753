package dossier.text;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumbersTest {

    @Test
    void padsWithZerosLikePercentZeroD() {
        assertEquals("0007", Numbers.padded(7, 4));
        assertEquals("2026", Numbers.padded(2026, 4));
        assertEquals("12345", Numbers.padded(12345, 4));
        assertEquals("00", Numbers.padded(0, 2));
        assertEquals("-07", Numbers.padded(-7, 2));
    }

    @Test
    void roundsHalfUpOnTheShortestDecimalForm() {
        assertEquals("0.2", Numbers.fixed(0.15, 1));
        assertEquals("2.3", Numbers.fixed(2.25, 1));
        assertEquals("1.01", Numbers.fixed(1.005, 2));
        assertEquals("640.0", Numbers.fixed(640, 1));
        assertEquals("-3.5", Numbers.fixed(-3.45, 1));
        assertEquals("0.0", Numbers.fixed(-0.04, 1));
    }

    @Test
    void agreesWithFormatterOnChartCoordinates() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double value = random.nextDouble() * 1000;
            for (int decimals = 1; decimals <= 2; decimals++) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", value), Numbers.fixed(value, decimals), "value " + value);
            }
        }
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.fixed(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Numbers.fixed(Double.POSITIVE_INFINITY, 1));
    }
}
