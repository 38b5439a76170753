package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlPageReaderTest {
    private final HtmlPageReader reader = new HtmlPageReader();

    private static String savedArticle() {
        try (InputStream in = HtmlPageReaderTest.class.getResourceAsStream("/ingest/saved-article.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- a realistic saved page --------------------------------------------------------------

    @Test
    void savedArticleYieldsOnlyTheArticlesOwnText() {
        assertEquals(List.of(
                new Block(Block.STANDFIRST, "The two governments will share data on gallium, germanium and graphite"
                        + " reserves after China tightened exports."),
                Block.text("South Korea and Japan agreed on Tuesday to pool information on their stockpiles of critical"
                        + " minerals used in chipmaking, the first such arrangement between the neighbours."),
                Block.text("Trade ministers from both countries said in a joint statement that they would exchange"
                        + " monthly figures on reserves of gallium, germanium and graphite \u2014 materials for which"
                        + " both rely heavily on imports from China."),
                new Block(Block.CAPTION, "Trade ministers shake hands in Seoul on Tuesday. Photo: Harbour Times"),
                Block.text("\u201CSupply shocks do not respect borders,\u201D the statement said. Officials will meet"
                        + " every quarter to review the figures."),
                new Block(Block.HEADING, "Why it matters"),
                Block.text("China produces most of the world\u2019s gallium and germanium and has required export"
                        + " licences for both since August 2023."),
                Block.text("Analysts said the deal could be extended to rare earths later this year.")),
                reader.read(savedArticle()).blocks().stream().map(b -> new Block(b.kind(), b.text())).toList());
    }

    @Test
    void savedArticleStatesItsMetadataWithWhereEachValueIs() {
        ImportedText text = reader.read(savedArticle());

        assertEquals(Map.of(
                "title", new StatedValue("Seoul and Tokyo agree to pool chip materials stockpiles", "Meta property og:title."),
                "publisher", new StatedValue("Harbour Times", "Meta property og:site_name."),
                "author", new StatedValue("Kim Min-ji", "Meta name author."),
                "date", new StatedValue("2024-03-05", "Meta property article:published_time \"2024-03-05T09:30:00+09:00\"."),
                "url", new StatedValue("https://www.harbour-times.example/business/2024/03/05/seoul-tokyo-chip-materials",
                        "Link rel=canonical."),
                "language", new StatedValue("en-GB", "The html lang attribute.")), text.stated());
        assertEquals(List.of(), text.notes());
        assertEquals("html-page", text.format());
    }

    @Test
    void savedArticleLeaksNoFurnitureOrCode() {
        String all = String.join("\n", reader.read(savedArticle()).blocks().stream().map(Block::text).toList())
                .toLowerCase(Locale.ROOT);
        for (String furniture : List.of("cookie", "skip to content", "opinion", "share on", "advertisement",
                "read more", "supply chain briefing", "subscribe", "copyright", "comment", "related stories",
                "samsung", "most read", "privacy", "by kim", "supply chains", "5 march", "gtag", "datalayer",
                "newsarticle", "expression", "pixel", "onerror", "script")) {
            assertFalse(all.contains(furniture), furniture);
        }
    }

    // --- metadata rules ----------------------------------------------------------------------

    @Test
    void titleElementLosesTheSiteSuffixOnlyWhenItIsTheSiteName() {
        String page = "<html><head><title>Chips deal agreed | Harbour Times</title>"
                + "<meta property='og:site_name' content='Harbour Times'></head><body><p>Text.</p></body></html>";
        assertEquals(new StatedValue("Chips deal agreed", "The <title> element, without the suffix \" | Harbour Times\"."),
                reader.read(page).stated().get("title"));

        String dash = page.replace(" | Harbour Times</title>", " - Harbour Times</title>");
        assertEquals("Chips deal agreed", reader.read(dash).stated().get("title").value());

        String otherSite = page.replace("content='Harbour Times'", "content='Other Site'");
        assertEquals(new StatedValue("Chips deal agreed | Harbour Times", "The <title> element."),
                reader.read(otherSite).stated().get("title"));
    }

    @Test
    void titleFallsBackToTheArticlesHeadline() {
        ImportedText text = reader.read("<html><body><article><h1>The headline</h1><p>Body text.</p></article></body></html>");
        assertEquals(new StatedValue("The headline", "The article's h1."), text.stated().get("title"));
        assertEquals(List.of(Block.text("Body text.")), text.blocks(), "the headline is the title, not a block");
    }

    @Test
    void authorThatIsALinkIsNotedAndArticleAuthorNameIsUsed() {
        ImportedText link = reader.read("<html><head><meta property='article:author' content='https://fb.example/times'>"
                + "</head><body><p>Text.</p></body></html>");
        assertFalse(link.stated().containsKey("author"));
        assertTrue(link.notes().contains("meta property article:author is a link (https://fb.example/times), not a name"));

        ImportedText named = reader.read("<html><head><meta property='article:author' content='Lee Ji-hoon'>"
                + "<meta property='article:author' content='Park Soo-yeon'></head><body><p>Text.</p></body></html>");
        assertEquals(new StatedValue("Lee Ji-hoon, Park Soo-yeon", "Meta property article:author."), named.stated().get("author"));
    }

    @Test
    void dateComesFromMetaDateOrTheArticlesTimeAtItsOwnPrecision() {
        ImportedText meta = reader.read("<html><head><meta name='date' content='2023/9/1'></head><body><p>T.</p></body></html>");
        assertEquals(new StatedValue("2023-09-01", "Meta name date \"2023/9/1\"."), meta.stated().get("date"));

        ImportedText time = reader.read("<html><body><time datetime='2020-01-01'>old</time>"
                + "<article><p>Text.</p><time datetime='2023-05'>May 2023</time></article></body></html>");
        assertEquals(new StatedValue("2023-05", "The article's <time datetime> \"2023-05\"."), time.stated().get("date"));

        ImportedText bad = reader.read("<html><head><meta property='article:published_time' content='yesterday'>"
                + "</head><body><article><p>T.</p><time datetime='2022-07-22T10:00:00Z'>x</time></article></body></html>");
        assertEquals("2022-07-22", bad.stated().get("date").value());
        assertTrue(bad.notes().contains("meta property article:published_time \"yesterday\" is not a date"), bad.notes()::toString);
    }

    @Test
    void relativeCanonicalFallsBackToOgUrl() {
        ImportedText text = reader.read("<html><head><link rel='canonical' href='/news/1'>"
                + "<meta property='og:url' content='https://a.example/news/1'></head><body><p>T.</p></body></html>");
        assertEquals(new StatedValue("https://a.example/news/1", "Meta property og:url."), text.stated().get("url"));
        assertTrue(text.notes().contains("link rel=canonical \"/news/1\" is not an absolute web address"));
    }

    // --- JSON-LD, where the head's metas are silent ---------------------------------------------

    private static final String JSON_LD_PAGE = """
            <html><head><title>Seoul and Tokyo pool mineral data | Harbour Times</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Harbour Times"}</script>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "BreadcrumbList", "itemListElement": []},
              {"@type": ["NewsArticle"], "headline": "Seoul and Tokyo pool mineral data",
               "datePublished": "2024-03-05T09:30:00+09:00",
               "author": [{"@type": "Person", "name": "Lee Ji-hoon"}, {"@type": "Person", "name": "Park Soo-yeon"},
                          {"@type": "Person", "name": "https://harbour.example/staff/park"}],
               "publisher": {"@type": "Organization", "name": "Harbour Times"},
               "mainEntityOfPage": {"@id": "https://harbour.example/news/minerals"},
               "inLanguage": "en-GB"}]}
            </script></head>
            <body><article><p>South Korea and Japan agreed to pool information.</p></article></body></html>
            """;

    @Test
    void jsonLdArticleSuppliesWhatTheMetasDoNotState() {
        ImportedText text = reader.read(JSON_LD_PAGE);
        assertEquals(new StatedValue("Harbour Times", "JSON-LD NewsArticle publisher."), text.stated().get("publisher"));
        assertEquals(new StatedValue("Seoul and Tokyo pool mineral data", "JSON-LD NewsArticle headline."), text.stated().get("title"));
        assertEquals(new StatedValue("Lee Ji-hoon, Park Soo-yeon", "JSON-LD NewsArticle author."), text.stated().get("author"),
                "names only: a link is not an author's name");
        assertEquals(new StatedValue("2024-03-05", "JSON-LD NewsArticle datePublished \"2024-03-05T09:30:00+09:00\"."),
                text.stated().get("date"));
        assertEquals(new StatedValue("https://harbour.example/news/minerals", "JSON-LD NewsArticle url."), text.stated().get("url"));
        assertEquals(new StatedValue("en-GB", "JSON-LD NewsArticle inLanguage."), text.stated().get("language"));
    }

    @Test
    void theHeadsMetasComeBeforeJsonLd() {
        String page = JSON_LD_PAGE.replace("<head>", "<head lang='x'><meta property='og:title' content='Minerals: the OG title'>"
                + "<meta name='author' content='Kim Min-jun'>");
        ImportedText text = reader.read(page);
        assertEquals(new StatedValue("Minerals: the OG title", "Meta property og:title."), text.stated().get("title"));
        assertEquals(new StatedValue("Kim Min-jun", "Meta name author."), text.stated().get("author"));
        assertEquals("2024-03-05", text.stated().get("date").value(), "what the metas do not state still comes from JSON-LD");
    }

    @Test
    void brokenOrHostileJsonLdIsNotedAndReadsNothing() {
        ImportedText broken = reader.read("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                + "\"headline\": \"Cut</script></head><body><p>Text.</p></body></html>");
        assertFalse(broken.stated().containsKey("title"));
        assertTrue(broken.notes().stream().anyMatch(n -> n.startsWith("a JSON-LD block is not valid JSON")), broken.notes()::toString);

        String deep = "[".repeat(5000) + "]".repeat(5000);
        ImportedText hostile = assertDoesNotThrow(() -> reader.read("<html><head><script type='application/ld+json'>" + deep
                + "</script><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"<b>Bold</b> claim\","
                + "\"author\":{\"name\":42}}</script></head><body><p>Text.</p></body></html>"));
        assertEquals(new StatedValue("<b>Bold</b> claim", "JSON-LD NewsArticle headline."), hostile.stated().get("title"),
                "kept as text: escaping is the renderer's job");
        assertFalse(hostile.stated().containsKey("author"), "a number is not a name");
    }

    @Test
    void pageWithoutMetadataSaysWhatIsMissing() {
        ImportedText text = reader.read("<html><body><div class='content'><p>Just a paragraph.</p>"
                + "<p>And another.</p></div><div><p>Short.</p></div></body></html>");

        assertEquals(Map.of(), text.stated());
        assertEquals(List.of(Block.text("Just a paragraph."), Block.text("And another.")), text.blocks());
        assertEquals(List.of(
                "no publisher: the page has no og:site_name meta or JSON-LD publisher",
                "no title: the page has no og:title meta, JSON-LD headline, <title> element or h1 in the article",
                "no author: the page has no meta name=author or article:author and no JSON-LD author with a name",
                "no date: the page has no article:published_time or date meta, no JSON-LD datePublished and no <time datetime> in the article",
                "no url: the page has no link rel=canonical, og:url meta or JSON-LD url with a web address",
                "no language: the <html> element has no lang attribute",
                "the page marks no article (<article>, articleBody or <main>): the text is taken from the element"
                        + " with the most paragraph text, <div class=\"content\">"), text.notes());
    }

    @Test
    void pageWithNoTextSaysSo() {
        ImportedText text = reader.read("<!doctype html><html lang='ko'><head><title>Empty</title></head><body>"
                + "<nav>Menu</nav><script>x()</script></body></html>");
        assertEquals(List.of(), text.blocks());
        assertTrue(text.notes().contains("no text: the page holds no article text"), text.notes()::toString);
        assertEquals("ko", text.stated().get("language").value());
    }

    // --- choosing the article ----------------------------------------------------------------

    @Test
    void theArticleWithTheMostTextWinsAndTeasersInFurnitureNeverDo() {
        String page = "<html><body><article><p>Short teaser outside any list.</p></article>"
                + "<article><p>The real story, which is quite a lot longer than the teaser above it.</p></article>"
                + "<aside><article><p>" + "A very long related teaser. ".repeat(20) + "</p></article></aside></body></html>";
        assertEquals(List.of(Block.text("The real story, which is quite a lot longer than the teaser above it.")),
                reader.read(page).blocks());
    }

    @Test
    void articleBodyThenMainAreUsedWhenThereIsNoArticleElement() {
        assertEquals(List.of(Block.text("Body.")), reader.read("<html><body><div><p>Promo text that is long enough.</p></div>"
                + "<div itemprop='articleBody'><p>Body.</p></div></body></html>").blocks());
        assertEquals(List.of(Block.text("Main text.")), reader.read("<html><body><div><p>Outside main, and longer.</p></div>"
                + "<main><p>Main text.</p></main></body></html>").blocks());
    }

    // --- hostile pages -----------------------------------------------------------------------

    @Test
    void hostilePageYieldsOnlyItsText() {
        String page = """
                <!DOCTYPE html><html><head><title>x</title>
                <script>alert('head')</script><style>*{background:expression(alert(1))}</style>
                <meta http-equiv="refresh" content="0;url=javascript:alert(2)"></head>
                <body onload="alert(3)"><article>
                <p>First <a href="javascript:alert(4)" onmouseover="alert(5)">real</a> paragraph.</p>
                <img src="x" onerror="alert(6)"><svg onload="alert(7)"><text>alert svg</text></svg>
                <p style="behavior:url(x.htc);width:expression(alert(8))">Second real paragraph.</p>
                <iframe srcdoc="&lt;script&gt;alert(9)&lt;/script&gt;"></iframe>
                <object data="javascript:alert(10)">alert object</object>
                <form action="javascript:alert(11)"><input onfocus="alert(12)" autofocus></form>
                <script>document.write('<p>alert written</p>')</script>
                <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxMyk8L3NjcmlwdD4=">Third real paragraph.</a>
                </article></body></html>
                """;
        List<Block> blocks = reader.read(page).blocks();
        assertEquals(List.of(Block.text("First real paragraph."), Block.text("Second real paragraph."),
                Block.text("Third real paragraph.")), blocks.stream().map(b -> new Block(b.kind(), b.text())).toList());
        for (Block block : blocks) {
            String lower = block.text().toLowerCase(Locale.ROOT);
            for (String bad : List.of("script", "onerror", "onload", "alert", "javascript", "expression", "base64")) {
                assertFalse(lower.contains(bad), bad + " in " + block);
            }
        }
    }

    @Test
    void truncatedAndDamagedPagesNeverThrow() {
        String page = savedArticle();
        for (int length = 0; length <= page.length(); length += 37) {
            String prefix = page.substring(0, length);
            assertDoesNotThrow(() -> reader.read(prefix), "prefix of " + length);
        }
        Random random = new Random(20240305);
        for (int i = 0; i < 100; i++) {
            StringBuilder damaged = new StringBuilder(page);
            for (int edits = 0; edits < 20; edits++) {
                damaged.setCharAt(random.nextInt(damaged.length()), "<>/\"'=&;! \n".charAt(random.nextInt(11)));
            }
            String input = damaged.toString();
            assertDoesNotThrow(() -> reader.read(input));
        }
    }

    // --- recognising a page ------------------------------------------------------------------

    @Test
    void acceptsPagesButNotJsonOrText() {
        assertTrue(reader.accepts(savedArticle()));
        assertTrue(reader.accepts("  <!-- saved -->\n<HTML lang=en><p>x"));
        assertTrue(reader.accepts("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">"));
        assertTrue(reader.accepts("<meta charset=utf-8>\n<body>\n<p>Fragment with a body tag"));
        assertFalse(reader.accepts("<header>Not a page</header><p>text"));
        assertFalse(reader.accepts("{\"content\":{\"rendered\":\"<html><body><p>x</p></body></html>\"}}"));
        assertFalse(reader.accepts("Title: Chips\nDate: 2024-03-05\n\nThe <html> tag is mentioned in prose."));
        assertFalse(reader.accepts("<!-- unterminated comment <html>"));
    }
}
