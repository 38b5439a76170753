package dossier.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HtmlBlocksTest {

    private static List<Block> blocks(String html) {
        return HtmlBlocks.from(Jsoup.parseBodyFragment(html).body());
    }

    private static List<Block> plain(List<Block> blocks) {
        return blocks.stream().map(b -> new Block(b.kind(), b.text())).toList();
    }

    private static Block heading(String text) {
        return new Block(Block.HEADING, text);
    }

    @Test
    void linksAreKeptWithTheirWordsPlaceAndTargetAsWritten() {
        List<Block> found = blocks("<p>Seoul  <b>said</b> it <a href=\" https://example.org/a?b=1 \"><span>would\n act</span></a>, and "
                + "<a href=\" java\tscript:alert(1)\">how</a>.</p><p>An <a name=\"x\">anchor</a> is no link; "
                + "<a href=\"/x\">one<br><br>two</a> crosses a break.</p><p>“Ü” <a href=\"#n\">é</a></p>");
        assertEquals("Seoul said it would act, and how.", found.get(0).text());
        assertEquals(List.of(new dossier.source.SourceLink("would act", 14, "https://example.org/a?b=1", null),
                new dossier.source.SourceLink("how", 29, null, "The file's target is a \"javascript\" address, which the record does not keep.")),
                found.get(0).links());
        assertEquals(List.of(), found.get(1).links());
        assertEquals(List.of(new dossier.source.SourceLink("é", 4, "#n", null)), found.get(found.size() - 1).links());
    }

    @Test
    void blockElementsBecomeBlocksOfTheirKind() {
        assertEquals(List.of(
                heading("Title"), Block.text("Para."), heading("Sub"), Block.text("one"), Block.text("two"),
                Block.text("A quote."), Block.text("pre text too is collapsed"), new Block(Block.CAPTION, "A caption.")),
                blocks("<h2>Title</h2><p>Para.</p><h6>Sub</h6><ul><li>one</li><li>two</li></ul>"
                        + "<blockquote>A quote.</blockquote><pre>pre  text\n too is collapsed</pre>"
                        + "<figure><img src=a.jpg><figcaption>A caption.</figcaption></figure>"));
    }

    @Test
    void inlineMarkupIsFlattenedEntitiesDecodedAndSpaceCollapsed() {
        assertEquals(List.of(Block.text("Seoul & Tokyo \u201Cagreed\u201D on Monday \u2014 at last.")),
                plain(blocks("<p>\n  Seoul &amp; <a href='/x'>Tokyo</a> &ldquo;<em>agr<b>eed</b></em>&rdquo;\ton&nbsp;Monday"
                        + "&#x2009;&mdash; <span>at</span>\u00A0\u00A0last.\n</p>")));
    }

    @Test
    void textDirectlyInsideContainersIsABlockOfItsOwn() {
        assertEquals(List.of(Block.text("Loose text before"), Block.text("Para."), Block.text("loose after"),
                        Block.text("In a section")),
                blocks("<div>Loose <i>text</i> before<p>Para.</p>loose after</div><section>In a section</section>"));
    }

    @Test
    void twoLineBreaksEndABlockButOneDoesNot() {
        assertEquals(List.of(Block.text("First line second line"), Block.text("Next paragraph")),
                blocks("<div>First line<br>second line<br> <br>Next paragraph<br></div>"));
    }

    @Test
    void emptyBlocksAreDropped() {
        assertEquals(List.of(Block.text("Only")), blocks("<p> </p><p>&nbsp;</p><div><p></p></div><p>Only</p><h2>\n</h2>"));
    }

    @Test
    void nestedBlocksInheritTheKindAroundThem() {
        assertEquals(List.of(new Block(Block.CAPTION, "Line one"), new Block(Block.CAPTION, "Photo: AP"),
                        Block.text("Quoted para one"), Block.text("Quoted para two")),
                blocks("<figcaption><p>Line one</p><p>Photo: AP</p></figcaption>"
                        + "<blockquote><p>Quoted para one</p><p>Quoted para two</p></blockquote>"));
    }

    @Test
    void shortAllBoldParagraphWithoutClosingPunctuationIsAHeading() {
        assertEquals(List.of(heading("Why It Matters"), heading("Bigger picture"),
                        Block.text("Bold sentence."), Block.text("Mixed bold text"),
                        Block.text("Who said so?"), Block.text("x".repeat(81))),
                blocks("<p><b>Why It Matters</b></p><p> <strong>Bigger <em>picture</em></strong> </p>"
                        + "<p><b>Bold sentence.</b></p><p><b>Mixed</b> bold text</p><p><strong>Who said so?</strong></p>"
                        + "<p><b>" + "x".repeat(81) + "</b></p>"));
    }

    @Test
    void standfirstIsNamedByItsClass() {
        assertEquals(List.of(new Block(Block.STANDFIRST, "The gist."), Block.text("Body.")),
                blocks("<p class='article__standfirst'>The gist.</p><p>Body.</p>"));
    }

    @Test
    void pageFurnitureIsDroppedBeforeExtraction() {
        String html = "<p>Kept one.</p>"
                + "<nav><p>Home News</p></nav><aside><p>Aside</p></aside><footer><p>Footer</p></footer>"
                + "<header><p>Site header</p></header><form><p>Form text</p><textarea>typed</textarea></form>"
                + "<div class='social-share'><p>Share this</p></div><div id='relatedStories'><p>Related</p></div>"
                + "<section class='newsletter'><p>Sign up</p></section><div id='comments'><p>A comment</p></div>"
                + "<div class='ad-slot'><p>Advertisement</p></div><div class='cookie-notice'><p>Cookies</p></div>"
                + "<ol class='breadcrumb'><li>Home</li></ol><div role='navigation'><p>Menu</p></div>"
                + "<div class='most-popular'><p>Most read</p></div><p hidden>Hidden</p><p style='display: none'>Gone</p>"
                + "<ul class='tags'><li>Tag</li></ul><div class='byline'>By Someone</div>"
                + "<p>Kept two, with a <span class='share-price'>share price</span> inside.</p>";
        assertEquals(List.of(Block.text("Kept one."), Block.text("Kept two, with a share price inside.")), blocks(html));
    }

    @Test
    void wordPressTaxonomyClassesDoNotDropThePost() {
        assertEquals(List.of(Block.text("Story text.")),
                blocks("<div class='post-9 post type-post tag-social-media category-ads has-sidebar'><p>Story text.</p></div>"));
    }

    @Test
    void aWrapperThatHoldsTheStoryIsNeverDroppedByName() {
        assertEquals(List.of(heading("Headline"), Block.text("Story.")),
                blocks("<div class='content-with-sidebar'><h1>Headline</h1><p>Story.</p></div>"));
    }

    @Test
    void theRootItselfIsKeptEvenIfItIsAHeader() {
        Element header = Jsoup.parseBodyFragment("<header><p>Inside</p></header>").body().child(0);
        assertEquals(List.of(Block.text("Inside")), HtmlBlocks.from(header));
    }

    @Test
    void theCallersTreeIsNotChanged() {
        Element body = Jsoup.parseBodyFragment("<p>A</p><script>x()</script><nav>N</nav>").body();
        String before = body.outerHtml();
        HtmlBlocks.from(body);
        assertEquals(before, body.outerHtml());
    }

    @Test
    void hostileMarkupNeverReachesTheText() {
        String html = """
                <p onclick="alert('click')" style="background:url(javascript:alert(1))">Real paragraph one.</p>
                <script>alert('script')</script><script src="https://evil.example/x.js"></script>
                <p>Click <a href="javascript:alert(2)">here</a> and <a href="  JaVaScRiPt:alert(3)">there</a>.</p>
                <img src=x onerror="alert(4)"><img src="https://t.example/p.gif" width=1 height=1>
                <svg onload="alert(5)"><script>alert(6)</script><text>svg alert text</text></svg>
                <div style="width: expression(alert(7))">Real paragraph two.</div>
                <style>body { background: expression(alert(8)); } </style>
                <iframe src="javascript:alert(9)" srcdoc="<script>alert(10)</script>">alert fallback</iframe>
                <object data="x.swf"><param name=a value=alert>alert object</object><embed src="javascript:alert(11)">
                <noscript><p>alert noscript</p></noscript><template><p>alert template</p></template>
                <math><mtext><script>alert(12)</script></mtext></math>
                <xmp><script>alert(13)</script></xmp><noembed><script>alert(14)</script></noembed>
                <textarea><script>alert(15)</script></textarea><select><option>alert option</option></select>
                <button onclick="alert(16)">alert button</button><input value="alert input">
                <p><body onload=alert(17)>Real paragraph three.</p>
                <!-- <script>alert(18)</script> -->
                <canvas>alert canvas</canvas><video><p>alert video fallback</p></video>
                """;
        List<Block> blocks = blocks(html);
        assertEquals(List.of(Block.text("Real paragraph one."), Block.text("Click here and there."),
                Block.text("Real paragraph two."), Block.text("Real paragraph three.")), blocks.stream().map(b -> new Block(b.kind(), b.text())).toList());
        // the source's own links are kept, but a script address is not: only its scheme is named
        assertEquals(List.of(new dossier.source.SourceLink("here", 6, null, "The file's target is a \"javascript\" address, which the record does not keep."),
                new dossier.source.SourceLink("there", 15, null, "The file's target is a \"javascript\" address, which the record does not keep.")),
                blocks.get(1).links());
        for (Block block : blocks) {
            String lower = block.text().toLowerCase(Locale.ROOT);
            for (String bad : List.of("script", "onerror", "onload", "onclick", "alert", "javascript", "expression", "svg")) {
                assertFalse(lower.contains(bad), bad + " in " + block);
            }
        }
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String deep = "<div>".repeat(20_000) + "<p>Deep text.</p>" + "</div>".repeat(20_000);
        assertEquals(List.of(Block.text("Deep text.")), blocks(deep));
    }
}
