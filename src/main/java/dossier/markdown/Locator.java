package dossier.markdown;

/** What a citation names inside its source: nothing more, a paragraph or a run of them, or something unreadable. */
public sealed interface Locator {

    /** "[@key]": the source as a whole. */
    record Whole() implements Locator {
    }

    /** "¶7" ({@code first == last}), "¶3–4" or "¶¶3-4". */
    record Paragraphs(int first, int last) implements Locator {
        public boolean isRange() {
            return last != first;
        }

        /** "¶7" or "¶3–4", as the dossier prints it. */
        public String label() {
            return isRange() ? "¶" + first + "–" + last : "¶" + first;
        }
    }

    /** @param message why it cannot be read and how to write it */
    record Unreadable(String text, String message) implements Locator {
    }
}
