package dossier.markdown;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inline HTML written as flexmark's writer writes tags, attributes and text. */
class InlineHtmlTest {

    @Test
    void writesTagsWithEscapedAttributesAndText() {
        String html = new InlineHtml().open("a", "href", "x.html?a=1&b=<2>", "class", "cite").text("[1 & 2]").close("a").toString();
        assertEquals("<a href=\"x.html?a=1&amp;b=&lt;2&gt;\" class=\"cite\">[1 &amp; 2]</a>", html);
    }

    @Test
    void leavesOutAnEmptyClassOrIdAsFlexmarkDoes() {
        assertEquals("<a href=\"\">x</a>", new InlineHtml().open("a", "class", "", "id", null, "href", "").text("x").close("a").toString());
    }

    @Test
    void rawHtmlIsNotEscaped() {
        assertEquals("<summary>&lt;</summary><i>x</i>", new InlineHtml().open("summary").text("<").close("summary").raw("<i>x</i>").toString());
    }
}
