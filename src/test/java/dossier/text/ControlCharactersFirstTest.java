package dossier.text;

import dossier.diag.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ControlCharacters#first} skips printable ASCII without describing it, and finds what describing every character found. */
class ControlCharactersFirstTest {
    @Test
    void firstIsTheFirstCharacterThatDescribingEveryOneFinds() {
        RandomTexts texts = new RandomTexts(List.of("a", " ", "~", "\t", "\n", "\r", "\u0000", "\u001F", "\u007F", "\u0080",
                "\u009F", "\u00A0", "\u202A", "\u202E", "\u2066", "\u2069", "\u2065", "\uD83D\uDE00", "\uD83D", "\uDE00", "é"),
                40, 20, "ab ~\u007F\u0085\uD800\uDC00\u202E\t");
        texts.forEach(5000, text -> assertEquals(describedFirst(text), ControlCharacters.first(text)));
    }

    private static int describedFirst(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ControlCharacters.describe(text, i).isPresent()) {
                return i;
            }
        }
        return -1;
    }
}
