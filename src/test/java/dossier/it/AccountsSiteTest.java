package dossier.it;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accounts fixture: events and an entity that set two sources' accounts side by side, baked
 * and read back. Every expected count and text is read from the fixture's own front matter and
 * source records, so that editing the fixture does not silently weaken the test.
 */
class AccountsSiteTest {
    @TempDir
    static Path tmp;
    static Path fixture;
    static SiteLinks site;
    static CliRun run;

    @BeforeAll
    static void bake() {
        fixture = Sites.fixture("accounts", tmp);
        Path out = tmp.resolve("out");
        run = CliRun.run("bake", "--site", fixture.toString(), "--out", out.toString());
        site = new SiteLinks(out);
    }

    @Test
    void bakesCleanlyWithEveryAccountLinkLeadingToItsParagraph() {
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(), site.problems(), "every href, the #pN of each account included, must resolve");
    }

    @Test
    void theArticlePageShowsEachEventsAccountsSideBySide() throws IOException {
        List<Map<String, Object>> events = list(frontMatter("content/articles/trade-status.md").get("events"));
        List<Map<String, Object>> withAccounts = events.stream().filter(e -> e.containsKey("accounts")).toList();
        Document article = site.page("articles/trade-status.html");
        List<Element> blocks = article.select("section.event-accounts div.event-account");
        assertEquals(withAccounts.size(), blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            assertTrue(block.selectFirst("h3").text().endsWith((String) withAccounts.get(i).get("text")), block.selectFirst("h3").text());
            assertAccounts(list(withAccounts.get(i).get("accounts")), block.select("div.accounts > div.account"), "../");
            assertFalse(block.id().isEmpty(), "each block can be linked to");
        }
        for (Element account : article.select("div.account")) {
            assertFalse(account.id().isEmpty(), "on the page that declares them, accounts carry their excerpt anchor");
        }
    }

    @Test
    void theTimelineShowsTheSameAccountsUnderTheirEvents() throws IOException {
        List<Map<String, Object>> events = list(frontMatter("content/articles/trade-status.md").get("events"));
        Document timeline = site.page("timeline.html");
        List<Element> items = timeline.select("ol.events > li");
        assertEquals(events.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            assertTrue(item.selectFirst("p").text().contains((String) events.get(i).get("text")),
                    "same-date events keep the order written: " + item.text());
            Object accounts = events.get(i).get("accounts");
            if (accounts == null) {
                assertNull(item.selectFirst("div.accounts"));
            } else {
                List<Element> columns = item.select("div.accounts > div.account");
                assertAccounts(list(accounts), columns, "");
                columns.forEach(c -> assertTrue(c.id().isEmpty(), "ids belong to the declaring page, not to the copy here"));
            }
        }
    }

    @Test
    void anEntityPageShowsItsOwnAccounts() throws IOException {
        List<Map<String, Object>> accounts = list(frontMatter("content/entities/seoul.md").get("accounts"));
        Document seoul = site.page("entities/seoul.html");
        assertNotNull(seoul.selectFirst("section.event-accounts h2#accounts-heading"));
        assertAccounts(accounts, seoul.select("section.event-accounts div.accounts > div.account"), "../");
    }

    @Test
    void accountParagraphsAreShownOnTheSourcePage() throws IOException {
        Document other = site.page("sources/other-source.html");
        for (String anchor : List.of("p1", "p2")) {
            assertNotNull(other.getElementById(anchor), "cited only by an account, ¶" + anchor.substring(1) + " is still shown");
        }
    }

    @Test
    void theSearchIndexHoldsTheAccountsNotesAtTheirAnchors() throws IOException {
        String index = Files.readString(tmp.resolve("out/search-index.js"));
        Document article = site.page("articles/trade-status.html");
        for (Element account : article.select("div.account")) {
            assertTrue(index.contains("articles/trade-status.html#" + account.id()), account.id());
        }
        for (String note : article.select("div.account dl.account-notes dd").eachText()) {
            assertTrue(index.contains(note.replace("\"", "\\\"").replace("'", "\\u0027")) || index.contains(note.replace("\"", "\\\"")),
                    "indexed: " + note);
        }
    }

    /** Each column: the source's title linked to the first cited paragraph, the words as a blockquote, our notes. */
    private static void assertAccounts(List<Map<String, Object>> written, List<Element> columns, String root) throws IOException {
        assertEquals(written.size(), columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Map<String, Object> account = written.get(i);
            Element column = columns.get(i);
            String source = (String) account.get("source");
            String key = source.substring(2, source.indexOf(','));
            int first = Integer.parseInt(source.replaceAll(".*¶(\\d+).*", "$1"));
            Map<String, Object> record = yaml(fixture.resolve("content/sources/" + key + ".yml"));
            assertEquals(root + "sources/" + key + ".html#p" + first, column.selectFirst("p.account-source a").attr("href"));
            assertEquals(((Map<?, ?>) record.get("title")).get("value"), column.selectFirst("p.account-source a").text());
            Object words = account.get("words");
            List<String> paragraphs = words instanceof String s ? List.of(s) : list(words).stream().map(Object::toString).toList();
            List<String> shown = column.select("blockquote.account-words > p").eachText();
            assertEquals(paragraphs.size(), shown.size());
            for (int p = 0; p < shown.size(); p++) {
                String text = (String) AccountsSiteTest.<Map<String, Object>>list(record.get("paragraphs")).get(first - 1 + p).get("text");
                assertTrue(text.contains(shown.get(p)), "shown in the source's own characters: " + shown.get(p));
            }
            List<String> notes = new ArrayList<>();
            for (String field : List.of("speaker", "via", "omits")) {
                if (account.containsKey(field)) {
                    notes.add((String) account.get(field));
                }
            }
            assertEquals(notes, column.select("dl.account-notes dd").eachText());
        }
    }

    private static Map<String, Object> frontMatter(String page) throws IOException {
        String text = Files.readString(fixture.resolve(page));
        return new Yaml().load(text.substring(4, text.indexOf("\n---", 4)));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }
}
