package dossier.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A backlink's snippet shows the words of its link, in their sentence where the block is long. */
class BacklinkSnippetTest {
    private static final String FILLER = "Seoul and Tokyo spent the spring trading proposals on export rules and chips. ".repeat(4);

    @Test
    void aShortBlockIsShownWhole() {
        assertEquals("Talks with Japan resumed.", CrossReferenceBuilder.snippet("Talks with Japan resumed.", "Japan"));
    }

    @Test
    void aLinkNearTheStartIsShownFromTheStart() {
        String block = "Japan restored Korea to its list. " + FILLER;
        String snippet = CrossReferenceBuilder.snippet(block, "Japan");
        assertTrue(snippet.startsWith("Japan restored") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.length() <= 221, snippet);
    }

    @Test
    void aLinkLateInTheBlockIsShownInItsSentence() {
        String block = FILLER + "In May the gallium curbs were explained to the delegation. Then it ended.";
        String snippet = CrossReferenceBuilder.snippet(block, "gallium");
        assertEquals("…In May the gallium curbs were explained to the delegation. Then it ended.", snippet);
    }

    @Test
    void aLinkLateInALongSentenceIsShownWithAFewWordsBeforeIt() {
        String block = "One sentence " + "that goes on and on ".repeat(20) + "until germanium is named at last, and on " + "and on ".repeat(30);
        String snippet = CrossReferenceBuilder.snippet(block, "germanium");
        assertTrue(snippet.startsWith("…") && snippet.contains("germanium"), snippet);
        assertTrue(snippet.length() <= 222, snippet.length() + ": " + snippet);
    }

    @Test
    void withoutTheLinksWordsTheBlockIsShownFromTheStart() {
        String block = FILLER + "The end.";
        assertEquals(CrossReferenceBuilder.snippet(block, null), CrossReferenceBuilder.snippet(block, "no such words"));
        assertTrue(CrossReferenceBuilder.snippet(block, null).startsWith("Seoul and Tokyo"));
    }
}
