package dossier.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StrippedTagsTest {

    @Test
    void strayClosersGetOpenersAtTheStartOfTheirBlock() {
        assertEquals("<p><a><span><span>\nOne </span>two</span></a> three.</p><p><b>\n Why It Matters</b></p>",
                StrippedTags.repair("\nOne </span>two</span></a> three.</p>\n Why It Matters</b></p>"));
    }

    @Test
    void wellFormedHtmlIsUnchanged() {
        String html = "<p>One <b>two</b><br>three<img src=x /></p><!-- </p> --><ul><li>a<li>b</ul><p>x</p>";
        assertEquals(html, StrippedTags.repair(html));
    }
}
