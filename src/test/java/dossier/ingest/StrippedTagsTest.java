package dossier.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrippedTagsTest {

    @Test
    void strayClosersGetOpenersAtTheStartOfTheirBlock() {
        assertEquals("<p><span>\nOne </span>two <i>x</i></p><p><b>\n Why It Matters</b></p>",
                StrippedTags.repair("\nOne </span>two <i>x</i></p>\n Why It Matters</b></p>"));
    }

    @Test
    void aStrayLinkCloserOpensTheLinkBeforeTheTextJustBeforeIt() {
        // WordPress wraps a link's words in a span; the export kept only the closers
        assertEquals("<p><span>\nOne </span>" + StrippedTags.STRIPPED_LINK + "two</a> three.</p><p><b>\n Why It Matters</b></p>",
                StrippedTags.repair("\nOne </span>two</span></a> three.</p>\n Why It Matters</b></p>"));
        // without a tag just before the words, the whole run of text since the last tag is taken: where the link began is lost
        assertEquals("<p><span>China </span>" + StrippedTags.STRIPPED_LINK + "accounts for</a>" + StrippedTags.STRIPPED_LINK
                        + " 80%, and whispers </a> <i>x</i></p>",
                StrippedTags.repair("China </span>accounts for</span></a> 80%, and whispers </a> <i>x</i></p>"));
        // a well-formed link is left alone, and a stray closer after it is a stripped link of its own
        assertEquals("<p><span><a href=\"https://example.org/\">one</a> and </span>" + StrippedTags.STRIPPED_LINK + "two</a></p>",
                StrippedTags.repair("<p><a href=\"https://example.org/\">one</a> and </span>two</span></a></p>"));
    }

    @Test
    void wellFormedHtmlIsUnchanged() {
        String html = "<p>One <b>two</b><br>three<img src=x /></p><!-- </p> --><ul><li>a<li>b</ul><p>x</p>";
        assertEquals(html, StrippedTags.repair(html));
    }
}
