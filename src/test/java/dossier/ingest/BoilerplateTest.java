package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateTest {

    private static List<Boilerplate.Verdict> verdicts(String seed) {
        String text = Seeds.text(seed);
        return Boilerplate.verdicts(Formats.detect(text).read(text).blocks());
    }

    private static List<Integer> flagged(List<Boilerplate.Verdict> verdicts) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i) != null) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    @Test
    void thePublisherPromoInsideTheScmpStoryIsFlagged() {
        List<Boilerplate.Verdict> v = verdicts(Seeds.SCMP);
        assertEquals(List.of(4), flagged(v));
        assertEquals("promo", v.get(3).kind());
        assertTrue(v.get(3).reason().startsWith("Publisher promo (addresses the reader and advertises"), v.get(3).reason());
    }

    @Test
    void theStoriesAppendedToTheWhiteListArticleAreFlaggedWithTheirEvidence() {
        List<Boilerplate.Verdict> v = verdicts(Seeds.WHITELIST);
        assertEquals(List.of(15, 16, 17, 18), flagged(v));
        assertTrue(v.stream().filter(x -> x != null).allMatch(x -> x.kind().equals("appended")));
        assertTrue(v.get(14).reason().contains("ends mid-sentence (\"…") && v.get(14).reason().contains("bought shares"), v.get(14).reason());
        assertTrue(v.get(15).reason().contains("headline kicker \"FLEXIBLE:\""), v.get(15).reason());
        assertTrue(v.get(17).reason().contains("headline kicker \"CHANGING JAPAN:\""), v.get(17).reason());
    }

    @Test
    void cleanArticlesHaveNothingFlagged() {
        assertEquals(List.of(), flagged(verdicts(Seeds.GT)));
        assertEquals(List.of(), flagged(verdicts(Seeds.FORGE)));
    }

    @Test
    void aKickerEndsTheArticleEvenWhenTheStoryAfterItIsComplete() {
        List<Block> blocks = List.of(Block.text("The article."), Block.text("More of it."), Block.text("SPORTS: A team won."));
        List<Boilerplate.Verdict> v = Boilerplate.verdicts(blocks);
        assertNull(v.get(1));
        assertEquals("appended", v.get(2).kind());
    }

    @Test
    void plainQuestionsToTheReaderAreNotPromos() {
        assertNull(Boilerplate.verdicts(List.of(Block.text("Do you think the talks will succeed? Officials said no."))).get(0));
        assertEquals("promo", Boilerplate.verdicts(List.of(Block.text("Sign up for our newsletter to get your daily briefing."))).get(0).kind());
    }

    /** Issue 15: one promo sentence in a paragraph excludes that sentence's run, never the paragraph's other sentences. */
    @Test
    void aPromoRunInsideAParagraphIsCutOutAndTheRestKept() {
        List<Block> blocks = Boilerplate.splitPromoRuns(List.of(Block.text("Seoul and Tokyo met on Monday. "
                + "Do you have questions? Get the answers with our new platform. The talks will continue in May.")));
        assertEquals(List.of("Seoul and Tokyo met on Monday.", "Do you have questions? Get the answers with our new platform.",
                "The talks will continue in May."), blocks.stream().map(Block::text).toList());
        List<Boilerplate.Verdict> verdicts = Boilerplate.verdicts(blocks);
        assertEquals(null, verdicts.get(0));
        assertEquals(Block.PROMO, verdicts.get(1).kind());
        assertEquals(null, verdicts.get(2));
    }

    @Test
    void aParagraphThatIsAllPromoStaysWhole() {
        String promo = "Do you have questions about the news? Get the answers with our new platform, brought to you by our team.";
        assertEquals(List.of(Block.text(promo)), Boilerplate.splitPromoRuns(List.of(Block.text(promo))));
    }
}
