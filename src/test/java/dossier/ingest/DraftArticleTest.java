package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The draft's excerpt blocks: the source's words, with what Markdown would read as markup escaped. */
class DraftArticleTest {

    @Test
    void markupInTheSourcesWordsIsEscaped() {
        assertEquals("a \\*starred\\* \\[@x, ¶1\\] \\<b\\> \\_u\\_ \\`c\\` \\& \\\\", DraftArticle.escaped("a *starred* [@x, ¶1] <b> _u_ `c` & \\"));
        assertEquals("ends a comment --\\> no more", DraftArticle.escaped("ends a comment --> no more"), "'-->' cannot end the block's comment");
    }

    @Test
    void linesAreWrappedAtSpacesAndNoneStartsAListOrAHeading() {
        String text = ("word ".repeat(19) + "- listed ").repeat(2) + "1. numbered 2) also # heading + plus";
        List<String> lines = DraftArticle.wrap(text);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 101), lines.toString());
        assertEquals(text.strip(), String.join(" ", lines).replace("\\", ""), "only escapes are added");
        assertEquals(List.of("\\- a b"), DraftArticle.wrap("- a b"));
        assertEquals(List.of("1\\. a"), DraftArticle.wrap("1. a"));
        assertEquals(List.of("12\\) a"), DraftArticle.wrap("12) a"));
        assertEquals(List.of("\\# a"), DraftArticle.wrap("# a"));
        assertEquals(List.of("2023 was a year"), DraftArticle.wrap("2023 was a year"), "a number alone starts no list");
    }
}
