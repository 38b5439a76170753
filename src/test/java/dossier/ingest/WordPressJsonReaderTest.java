package dossier.ingest;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordPressJsonReaderTest {
    private static final Path SOURCES = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("content/sources");
    private static final String SEED = "koreapro-2023-gallium-talks";
    private final WordPressJsonReader reader = new WordPressJsonReader();

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String seed() {
        return read(SOURCES.resolve(SEED + ".original.json"));
    }

    // --- the damaged seed export -------------------------------------------------------------

    @Test
    void seedBlocksEqualTheShippedRecordsParagraphs() {
        Map<String, Object> record = new Yaml().load(read(SOURCES.resolve(SEED + ".yml")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> paragraphs = (List<Map<String, Object>>) record.get("paragraphs");
        List<Block> expected = paragraphs.stream()
                .map(p -> new Block((String) p.getOrDefault("kind", Block.TEXT), (String) p.get("text")))
                .toList();

        List<Block> blocks = reader.read(seed()).blocks();

        assertEquals(5, blocks.size());
        assertEquals(List.of("text", "text", "heading", "text", "text"), blocks.stream().map(Block::kind).toList());
        assertEquals(new Block(Block.HEADING, "Why It Matters"), blocks.get(2));
        assertEquals(expected, blocks.stream().map(b -> new Block(b.kind(), b.text())).toList());
    }

    /** The export links six phrases; it kept only their closing tags, so the words are known and the targets are not. */
    @Test
    void seedKeepsItsSixLinksWithTheirWordsPlacesAndALostTarget() {
        List<Block> blocks = reader.read(seed()).blocks();
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            for (dossier.source.SourceLink link : blocks.get(i).links()) {
                String text = blocks.get(i).text();
                assertEquals(link.text(), text.substring(text.offsetByCodePoints(0, link.at())).substring(0, link.text().length()));
                assertEquals(null, link.href());
                assertEquals(dossier.source.SourceLink.TARGET_STRIPPED, link.note());
                found.add("¶" + (i + 1) + " " + link.text());
            }
        }
        assertEquals(List.of("¶1 clarified", "¶1 accounts for", "¶4 remarks", "¶4 cautioned", "¶5 whispers", "¶5 possibly"), found);
    }

    @Test
    void seedStatesTitleDateAndLink() {
        Map<String, StatedValue> stated = reader.read(seed()).stated();

        assertEquals(new StatedValue("Korea and China discuss latter\u2019s export restrictions signaling diplomatic thaw",
                "JSON field title.rendered."), stated.get("title"));
        assertEquals(new StatedValue("2023-09-01",
                "JSON field date \"2023-09-01T08:00:37\" (site time); date_gmt is \"2023-08-31T23:00:37\"."),
                stated.get("date"));
        assertEquals(new StatedValue(
                "https://koreapro.org/2023/09/korea-and-china-discuss-latters-export-restrictions-signaling-diplomatic-thaw/",
                "JSON field link."), stated.get("url"));
        assertFalse(stated.containsKey("author"), "the author field is cut off");
        assertEquals(3, stated.size());
    }

    @Test
    void seedStatedValuesAndWheresAreTheShippedRecordsValuesAndNotes() {
        Map<String, Object> record = new Yaml().load(read(SOURCES.resolve(SEED + ".yml")));
        Map<String, StatedValue> stated = reader.read(seed()).stated();
        for (String field : List.of("title", "date", "url")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> shipped = (Map<String, Object>) record.get(field);
            assertEquals("stated", shipped.get("provenance"), field);
            assertEquals(new StatedValue((String) shipped.get("value"), (String) shipped.get("note")), stated.get(field), field);
        }
    }

    @Test
    void seedNotesSayTheJsonIsInvalidAndWhatTheCutLost() {
        List<String> notes = reader.read(seed()).notes();

        assertTrue(notes.stream().anyMatch(n -> n.startsWith("the JSON is not valid: ")
                && n.contains("the string content.rendered contains a raw line break")
                && n.contains("the text ends inside content.rendered")), notes::toString);
        assertTrue(notes.contains("the export is cut off inside content.rendered;"
                + " fields after it (excerpt, author, categories, tags) are missing"), notes::toString);
        assertTrue(notes.stream().noneMatch(n -> n.contains("mid-block")), "the cut falls after a closed paragraph");
    }

    @Test
    void aListHoldingOnePostReadsAsThePostItself() {
        ImportedText alone = reader.read(seed());
        ImportedText listed = reader.read("[" + seed()); // the seed is cut off, so the list never closes either
        assertEquals(alone.stated(), listed.stated());
        assertEquals(alone.blocks(), listed.blocks());
        // the JSON problems name positions in the file, so the list's are one column and "[0]." apart; the rest is the same
        assertTrue(listed.notes().get(0).contains("the text ends inside [0].content.rendered"), listed.notes().get(0));
        assertEquals(alone.notes().subList(1, alone.notes().size()), listed.notes().subList(1, listed.notes().size()),
                "the cut is placed inside the post, as for the post alone");

        String post = "{\"title\":{\"rendered\":\"One post\"},\"content\":{\"rendered\":\"<p>Its text.</p>\"}}";
        ImportedText complete = reader.read("[" + post + "]");
        assertEquals("One post", complete.stated().get("title").value());
        assertEquals(List.of(Block.text("Its text.")), complete.blocks());
        assertTrue(reader.accepts(" [" + post + "]"));
    }

    @Test
    void aListOfSeveralPostsOrNoneIsRefusedWithAReason() {
        String post = "{\"title\":{\"rendered\":\"P\"},\"content\":{\"rendered\":\"<p>Text.</p>\"}}";
        ImportedText two = reader.read("[" + post + "," + post + "]");
        assertEquals(List.of(), two.blocks());
        assertEquals("the file is a list of 2 WordPress posts, and one file archives one article:"
                + " save each post on its own (/wp-json/wp/v2/posts/ID) and import each", two.refusal());
        ImportedText none = reader.read("[]");
        assertEquals(List.of(), none.blocks());
        assertTrue(none.notes().contains("the export is an empty list: it holds no post"), none.notes()::toString);
    }

    @Test
    void acceptsTheSeedButNotOtherJsonOrText() {
        assertTrue(reader.accepts(seed()));
        assertTrue(reader.accepts("\n  {\"title\":{\"rendered\":\"x\"}}"));
        assertFalse(reader.accepts("{\"name\": \"package.json\", \"version\": \"1.0\"}"));
        assertFalse(reader.accepts("Title: \"rendered\"\n\nSome text {"));
        assertFalse(reader.accepts("<html><body>\"rendered\"</body></html>"));
    }

    // --- a whole, valid export ---------------------------------------------------------------

    private static final String VALID = """
            {"id":42,"date":"2024-03-05T09:30:00","date_gmt":"2024-03-05T00:30:00",
             "guid":{"rendered":"https:\\/\\/news.example\\/?p=42"},
             "link":"https:\\/\\/news.example\\/2024\\/03\\/chips\\/",
             "title":{"rendered":"Seoul &amp; Tokyo agree on chips \\u2014 at last"},
             "content":{"rendered":"<p onclick=\\"alert(1)\\">Seoul and Tokyo <a href=\\"javascript:alert(2)\\">agreed<\\/a> on Monday.<\\/p>\\n<script>alert('x')<\\/script>\\n<style>p{background:expression(alert(3))}<\\/style>\\n<p><img src=\\"x\\" onerror=\\"alert(4)\\"><img src=\\"https:\\/\\/t.example\\/pixel.gif?u=1\\" width=\\"1\\" height=\\"1\\">The deal covers\\u00a0memory &amp; logic chips.<\\/p>\\n<iframe src=\\"https:\\/\\/ads.example\\/\\">alert<\\/iframe>\\n<h2>What next<\\/h2>\\n<p><strong>Short bold line<\\/strong><\\/p>\\n<p><strong>A bold sentence that ends in a full stop.<\\/strong><\\/p>\\n<div class=\\"sharedaddy sd-sharing\\"><h3>Share this:<\\/h3><ul><li>Facebook<\\/li><\\/ul><\\/div>\\n<figure><img src=\\"a.jpg\\"><figcaption>Trade ministers in Seoul. Photo: AP<\\/figcaption><\\/figure>","protected":false},
             "excerpt":{"rendered":"<p>Seoul and Tokyo agreed&#8230;<\\/p>"},
             "author":7,"categories":[3,9],"tags":[],
             "_embedded":{"author":[{"id":7,"name":"Kim Min-ji"}]},
             "yoast_head_json":{"og_site_name":"News Example","og_locale":"en_US"}}
            """;

    @Test
    void validExportStatesEveryFieldAndLeavesNoNotes() {
        ImportedText text = reader.read(VALID);

        assertEquals(List.of(), text.notes());
        assertEquals(Map.of(
                "title", new StatedValue("Seoul & Tokyo agree on chips \u2014 at last", "JSON field title.rendered."),
                "date", new StatedValue("2024-03-05",
                        "JSON field date \"2024-03-05T09:30:00\" (site time); date_gmt is \"2024-03-05T00:30:00\"."),
                "url", new StatedValue("https://news.example/2024/03/chips/", "JSON field link."),
                "author", new StatedValue("Kim Min-ji", "JSON field _embedded.author[0].name."),
                "publisher", new StatedValue("News Example", "JSON field yoast_head_json.og_site_name."),
                "language", new StatedValue("en-US", "JSON field yoast_head_json.og_locale \"en_US\".")),
                text.stated());
    }

    @Test
    void validExportKeepsTheRealParagraphsAndNothingHostile() {
        List<Block> blocks = reader.read(VALID).blocks();

        assertEquals(List.of(
                Block.text("Seoul and Tokyo agreed on Monday."),
                Block.text("The deal covers memory & logic chips."),
                new Block(Block.HEADING, "What next"),
                new Block(Block.HEADING, "Short bold line"),
                Block.text("A bold sentence that ends in a full stop."),
                new Block(Block.CAPTION, "Trade ministers in Seoul. Photo: AP")), blocks.stream().map(b -> new Block(b.kind(), b.text())).toList());
        assertEquals(List.of(new dossier.source.SourceLink("agreed", 16, null, "The file's target is a \"javascript\" address, which the record does not keep.")),
                blocks.get(0).links(), "a link is kept, a script address is not");
        for (Block block : blocks) {
            String lower = block.text().toLowerCase();
            for (String bad : List.of("script", "onerror", "onclick", "alert", "javascript", "expression", "pixel", "share")) {
                assertFalse(lower.contains(bad), bad + " in " + block);
            }
        }
    }

    @Test
    void authorAsBareUserIdIsNotedNotStated() {
        ImportedText text = reader.read("{\"date\":\"2024-01-02T03:04:05\",\"link\":\"https://a.example/x\","
                + "\"title\":{\"rendered\":\"T\"},\"content\":{\"rendered\":\"<p>Body.</p>\"},\"author\":12}");

        assertFalse(text.stated().containsKey("author"));
        assertTrue(text.notes().contains("no author: field author is user id 12, not a name"), text.notes()::toString);
        assertEquals(new StatedValue("2024-01-02", "JSON field date \"2024-01-02T03:04:05\" (site time)."),
                text.stated().get("date"));
    }

    @Test
    void aValueCutOffIsNotStatedAndSaysSo() {
        ImportedText text = reader.read("{\"date\":\"2024-01-02T03:04:05\",\"title\":{\"rendered\":\"Half a ti");

        assertFalse(text.stated().containsKey("title"));
        assertTrue(text.notes().contains("title.rendered is cut off, so it is not used"), text.notes()::toString);
        assertTrue(text.notes().contains("the export is cut off inside title.rendered;"
                + " fields after it (content, excerpt, author, categories, tags) are missing"), text.notes()::toString);
        assertEquals("2024-01-02", text.stated().get("date").value());
    }

    @Test
    void contentCutOffMidParagraphKeepsTheTextAndWarns() {
        ImportedText text = reader.read("{\"title\":{\"rendered\":\"T\"},\"content\":{\"rendered\":\"<p>One.</p><p>Two is cu");

        assertEquals(List.of(Block.text("One."), Block.text("Two is cu")), text.blocks());
        assertTrue(text.notes().contains("content.rendered is cut off mid-block: its last block is incomplete"));
    }

    @Test
    void syntaxErrorKeepsFieldsReadBeforeIt() {
        ImportedText text = reader.read("{\"title\":{\"rendered\":\"Kept\"} \"link\":\"https://a.example/\"}");

        assertEquals("Kept", text.stated().get("title").value());
        assertTrue(text.notes().get(0).startsWith("the JSON is not valid: line 1, column 30: expected ',' but found '\"'"),
                text.notes()::toString);
    }

    // --- robustness --------------------------------------------------------------------------

    @Test
    void everyTruncationOfTheSeedIsReadWithoutThrowing() {
        String seed = seed();
        for (int length = 0; length <= seed.length(); length += 37) {
            String prefix = seed.substring(0, length);
            ImportedText text = assertDoesNotThrow(() -> reader.read(prefix), "prefix of " + length);
            assertNotNull(text);
            if (length > 0) {
                assertFalse(text.notes().isEmpty(), "a cut export must say so, prefix of " + length);
            }
        }
    }

    private static final String NASTY = "{}[]\",:\\u<>/";

    @Test
    void randomDamageNeverThrows() {
        String seed = seed();
        Random random = new Random(20230901);
        for (int i = 0; i < 300; i++) {
            StringBuilder damaged = new StringBuilder(seed.substring(0, random.nextInt(seed.length() + 1)));
            for (int edits = random.nextInt(6); edits > 0 && damaged.length() > 0; edits--) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.insert(at, NASTY.charAt(random.nextInt(NASTY.length())));
                    default -> damaged.setCharAt(at, (char) random.nextInt(0x80));
                }
            }
            String input = damaged.toString();
            assertDoesNotThrow(() -> reader.read(input), input);
        }
    }

    @Test
    void pathologicalInputsAreReportedNotThrown() {
        for (String input : List.of("", "{", "{\"", "{\"rendered\"", "{\"rendered\":", "{\"a\":tru", "{\"a\":-",
                "{\"a\":\"\\", "{\"a\":\"\\u12", "[1,2", "{\"title\":{\"rendered\":\"x\"}}}}}", "{\"content\":{\"rendered\":7}}",
                "{".repeat(100_000) + "\"rendered\"", "[".repeat(100_000),
                "{\"content\":{\"rendered\":\"" + "<div>".repeat(20_000) + "deep\"}}")) {
            ImportedText text = assertDoesNotThrow(() -> reader.read(input), input.length() > 60 ? input.substring(0, 60) : input);
            assertEquals("wordpress-json", text.format());
        }
    }
}
