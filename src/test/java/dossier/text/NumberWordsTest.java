package dossier.text;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Number words as sources write them, read with ICU's spell-out rules (issue 15). */
class NumberWordsTest {
    private static List<String> read(String text) {
        return NumberWords.values(text).stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void wholeNumbersInWords() {
        assertEquals(List.of("90"), read("a grace period of ninety days"));
        assertEquals(List.of("205"), read("Two hundred and five companies applied."));
        assertEquals(List.of("25"), read("twenty-five members"));
        assertEquals(List.of("45"), read("forty five members"), "as well as forty-five");
        assertEquals(List.of("100"), read("a hundred firms"));
        assertEquals(List.of("3000000", "3"), read("three million tonnes"));
        assertEquals(List.of("17"), read("It will designate seventeen minerals."));
    }

    @Test
    void halvesAndQuarters() {
        assertEquals(List.of("2.5"), read("two and a half years"));
        assertEquals(List.of("0.5"), read("a half of the output"));
        assertEquals(List.of("0.75"), read("three quarters of the chips"));
    }

    @Test
    void otherFractionsExactWhenTheyEndAndRoundedAsDigitsWouldBeWhenTheyRepeat() {
        assertEquals(List.of("0.33", "0.333"), read("a third of the supply"));
        assertEquals(List.of("0.67", "0.667"), read("two thirds of the imports"));
        assertEquals(List.of("1.33", "1.333"), read("one and a third times"));
        assertEquals(List.of("0.2"), read("a fifth of exports"));
        assertEquals(List.of("0.375"), read("three eighths"));
        assertEquals(List.of("0.1"), read("a tenth"));
        assertEquals(List.of(), read("the fifth round of talks"), "an ordinal after 'the' is no fraction");
    }

    @Test
    void aRangeInWordsIsTwoNumbers() {
        assertEquals(List.of("40", "50000000000", "50"), read("between forty and fifty billion dollars"),
                "fifty billion, and fifty of a unit in billions");
    }

    @Test
    void wordsThatOnlyContainANumberAreNotOne() {
        assertEquals(List.of(), read("someone said it was a tenable position, often"));
        assertEquals(List.of("1", "2"), read("one, two"), "a comma ends a number");
    }
}
