package dossier.render;

import dossier.model.QuotedPassage;
import dossier.source.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text-fragment links (#:~:text=start,end) to the publisher's page. */
class TextFragmentTest {

    private static QuotedPassage whole(String text) {
        return new QuotedPassage(new Paragraph(1, Paragraph.TEXT, text, null), 0, text.length());
    }

    @Test
    void theDirectivesSyntaxCharactersArePercentEncoded() {
        assertEquals("US%2Dled%2C%20R%26D%20%E2%80%9Cchip%E2%80%9D%20deal.", TextFragment.encode("US-led, R&D \u201Cchip\u201D deal."));
        assertEquals("a%2Db%2Cc%26d", TextFragment.encode("a-b,c&d"));
    }

    @Test
    void aShortQuoteIsGivenWhole() {
        assertEquals("https://example.org/a#:~:text=Seoul%20and%20Tokyo%20agreed.",
                TextFragment.href("https://example.org/a", List.of(whole("Seoul and  Tokyo\nagreed."))));
    }

    @Test
    void aLongQuoteIsGivenByItsFirstAndLastFourWords() {
        String quote = "South Korea voiced its hopes during the 27th Korea-China Economic Joint Committee meeting in Beijing.";
        String href = TextFragment.href("https://example.org/a", List.of(whole(quote)));
        assertEquals("https://example.org/a#:~:text=South%20Korea%20voiced%20its,Committee%20meeting%20in%20Beijing.", href);
    }

    @Test
    void aQuoteOverSeveralParagraphsRunsFromTheFirstToTheLast() {
        String href = TextFragment.href("https://example.org/a", List.of(whole("One two three."), whole("Four five six seven eight nine.")));
        assertEquals("https://example.org/a#:~:text=One%20two%20three.,six%20seven%20eight%20nine.", href);
    }

    @Test
    void anAddressWithAFragmentKeepsIt() {
        assertEquals("https://example.org/a#top:~:text=Short.", TextFragment.href("https://example.org/a#top", List.of(whole("Short."))));
    }
}
