package dossier.it;

import dossier.it.ServedSite.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search that forgives and ranks, on the shipped dossier in Chromium: a fixed list of queries (typos,
 * joined and split words, names and aliases) and what each must show first; "did you mean" and a
 * clear miss; "Show n more" by keyboard; the results page search.html?q=… from disk, hosted, and
 * hosted under a base path; "/" to the box.
 */
class ForgivingSearchTest extends ShippedSiteInBrowser {
    private static final String ARTICLE = "articles/2023-04-japan-whitelist.html";
    /** Query, then the group and title of the result it must show first. */
    static final List<String[]> FIRST = List.of(
            new String[] {"galium", "entity", "Gallium"},
            new String[] {"gallium", "entity", "Gallium"},
            new String[] {"whitelist", "entity", "White list"},
            new String[] {"white list", "entity", "White list"},
            new String[] {"White-list", "entity", "White list"},
            new String[] {"chip4", "entity", "Chip 4"},
            new String[] {"chip 4", "entity", "Chip 4"},
            new String[] {"Chip-4", "entity", "Chip 4"},
            new String[] {"Yoon", "entity", "Yoon Suk-yeol"},
            new String[] {"president yoon", "entity", "Yoon Suk-yeol"},
            new String[] {"germanum", "entity", "Germanium"},
            new String[] {"semicondcutors", "entity", "Semiconductors"},
            new String[] {"photoresits", "entity", "Photoresist"},
            new String[] {"rare earths", "entity", "Rare earths"},
            new String[] {"xi jinping", "entity", "Xi Jinping"},
            new String[] {"wto", "entity", "WTO"});
    /** The same site as a host publishing it in a folder serves it. */
    static StaticServer underPath;

    @BeforeAll
    static void setUpThisClass() {
        underPath = new StaticServer(tmp.resolve("site"), "/some/dossier/");
    }

    @AfterAll
    static void tearDownThisClass() {
        if (underPath != null) {
            underPath.close();
        }
    }

    @AfterEach
    void noConsoleErrorsAndNoFailedOrOutsideRequests() {
        assertEquals(List.of(), browser.takeConsoleErrors(), "console errors");
        List<Browser.Request> bad = browser.takeRequests().stream()
                .filter(r -> r.failure() != null || !(site.isLocal(r.url()) || r.url().startsWith(underPath.base()))).toList();
        assertEquals(List.of(), bad, "failed requests, or requests leaving the site");
        assertEquals(List.of(), site.server.failures());
        assertEquals(List.of(), underPath.failures());
    }

    private static WebDriver driver() {
        return browser.driver;
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10));
    }

    /** Types the query into the header's box and waits for its results. */
    private static WebElement typed(String query) {
        WebElement input = driver().findElement(By.id("search-input"));
        input.clear();
        input.sendKeys(query);
        WebElement panel = driver().findElement(By.id("search-results"));
        waiting().until(d -> panel.isDisplayed() && panel.findElements(By.cssSelector(".search-summary")).stream()
                .anyMatch(s -> s.getText().contains("“" + query + "”")));
        return panel;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFixedListOfQueriesShowsTheRightResultFirst(Mode mode) {
        driver().get(site.base(mode) + ARTICLE);
        List<String> wrong = new ArrayList<>();
        for (String[] q : FIRST) {
            WebElement panel = typed(q[0]);
            List<WebElement> groups = panel.findElements(By.cssSelector(".search-group"));
            String group = groups.isEmpty() ? "(none)" : groups.get(0).getDomAttribute("class");
            String title = groups.isEmpty() ? "(none)" : groups.get(0).findElement(By.cssSelector(".search-title")).getText();
            if (!group.contains("search-" + q[1]) || !title.equals(q[2])) {
                wrong.add(q[0] + " → " + group + ": " + title);
            }
        }
        assertEquals(List.of(), wrong, "queries whose first result is not the expected one");
    }

    @Test
    void joinedAndSplitWordsAndTyposFindTheTextsToo() {
        driver().get(site.base(Mode.HTTP) + "index.html");
        assertEquals(Boolean.TRUE, browser.js("return DossierSearch.load()"));
        String titles = "return DossierSearch.find(arguments[0]).then(r => r.groups.find(g => g.id === arguments[1]).hits"
                + ".map(h => DossierSearch.doc(h.doc)[1]))";
        String whiteList = "Back on the white list: Seoul and Tokyo begin to unwind the 2019 trade dispute";
        assertTrue(((List<?>) browser.js(titles, "whitelist", "article")).contains(whiteList), "whitelist finds the article on the white list");
        String gallium = "Gallium, germanium and a possible thaw: Seoul and Beijing consult on export curbs";
        assertEquals(gallium, ((List<?>) browser.js(titles, "galium", "article")).get(0), "a typo finds the article titled with the word");
        String total = "return DossierSearch.find(arguments[0]).then(r => r.total)";
        assertEquals(browser.js(total, "chip 4"), browser.js(total, "chip4"), "chip4 finds what chip 4 does");
        assertEquals(browser.js(total, "gallium"), browser.js(total, "galium"), "a typo finds what the word does");
        assertEquals("gallium", browser.js("return DossierSearch.find('galium').then(r => r.corrected)"), "and says how it read it");
        assertEquals(null, browser.js("return DossierSearch.find('gallium').then(r => r.corrected)"), "a word as typed is not corrected");
        assertEquals(0L, browser.js(total, "wot"), "no typo allowed under four letters (wto is one edit away)");
        assertEquals(0L, browser.js(total, "galxxum"), "two edits are too many for a seven-letter word");
    }

    @Test
    void aMisspeltWordSuggestsOneThatFindsSomethingAndNonsenseIsAClearMiss() {
        driver().get(site.base(Mode.FILE) + ARTICLE);
        WebElement miss = typed("zzzqx");
        assertEquals("No results for “zzzqx”.", miss.findElement(By.cssSelector(".search-summary")).getText());
        assertTrue(miss.findElements(By.cssSelector(".search-suggestion")).isEmpty(), "nothing near enough to suggest");
        assertEquals("No results for “gallium zzzz”. Did you mean gallium?",
                typed("gallium zzzz").findElement(By.cssSelector(".search-summary")).getText(), "a word that matches nothing is left out");

        WebElement panel = typed("wot");
        WebElement suggestion = panel.findElement(By.cssSelector(".search-suggestion"));
        assertEquals("wto", suggestion.getText());
        assertTrue(suggestion.getDomAttribute("href").endsWith("search.html?q=wto"), "a link that can be opened or shared");
        assertEquals(panel.getText().split("\n")[0], driver().findElement(By.cssSelector(".search-status")).getDomProperty("textContent"),
                "the suggestion is announced with the summary");
        suggestion.click();
        WebElement input = driver().findElement(By.id("search-input"));
        waiting().until(d -> "wto".equals(input.getDomProperty("value")) && panel.getText().contains("for “wto”"));
        assertEquals("WTO", panel.findElement(By.cssSelector(".search-group .search-title")).getText(), "the suggestion ran");
        assertEquals(input, driver().switchTo().activeElement(), "and the box keeps the focus");
    }

    @Test
    void aGroupShowsFiveThenNMoreWhichTheKeyboardExpands() {
        driver().get(site.base(Mode.HTTP) + ARTICLE);
        WebElement panel = typed("south korea");
        WebElement group = panel.findElements(By.cssSelector(".search-group")).stream()
                .filter(g -> !g.findElements(By.cssSelector(".search-more")).isEmpty()).findFirst().orElseThrow();
        String label = group.findElement(By.cssSelector(".search-group-label")).getText();
        int all = Integer.parseInt(label.replaceAll("(?i).*\\(5 of (\\d+)\\).*", "$1"));
        assertTrue(all > 5, label);
        assertEquals(5, group.findElements(By.tagName("li")).size());
        WebElement more = group.findElement(By.cssSelector(".search-more"));
        int next = Math.min(all - 5, 50);
        assertEquals(next == all - 5 ? "Show " + next + " more" : "Show " + next + " more of " + (all - 5), more.getText());

        // down the results by arrow key to the button, then Enter
        WebElement input = driver().findElement(By.id("search-input"));
        input.sendKeys(Keys.ARROW_DOWN);
        for (int i = 0; i < 20 && !more.equals(driver().switchTo().activeElement()); i++) {
            driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        assertEquals(more, driver().switchTo().activeElement(), "the arrow keys reach the button");
        more.sendKeys(Keys.ENTER);
        waiting().until(d -> group.findElements(By.tagName("li")).size() == 5 + next);
        WebElement sixth = group.findElements(By.cssSelector("li a")).get(5);
        assertEquals(sixth, driver().switchTo().activeElement(), "the focus goes to the first result it brought");
        assertTrue(panel.isDisplayed(), "the results stay open");
    }

    @Test
    void theResultsPageRunsTheQueryInItsAddressFromDiskHostedAndUnderABasePath() {
        for (String base : List.of(site.base(Mode.FILE), site.base(Mode.HTTP), underPath.base())) {
            driver().get(base + "search.html?q=chip4");
            WebElement results = driver().findElement(By.id("search-page-results"));
            waiting().until(d -> !results.findElements(By.cssSelector(".search-group")).isEmpty());
            assertEquals("chip4", driver().findElement(By.id("search-page-input")).getDomProperty("value"), base);
            assertEquals("Chip 4", results.findElement(By.cssSelector(".search-group .search-title")).getText(), base);
            assertTrue(driver().getTitle().startsWith("“chip4”"), driver().getTitle());
            for (WebElement group : results.findElements(By.cssSelector(".search-group"))) {
                String label = group.findElement(By.cssSelector(".search-group-label")).getText();
                int hits = Integer.parseInt(label.replaceAll("(?i).*\\((?:\\d+ of )?(\\d+)\\).*", "$1"));
                assertEquals(Math.min(10, hits), group.findElements(By.tagName("li")).size(), base + ": up to ten a group on the page, " + label);
            }
            for (WebElement link : results.findElements(By.cssSelector(".search-group a"))) {
                assertTrue(link.getDomProperty("href").startsWith(base), link.getDomProperty("href"));
            }

            WebElement input = driver().findElement(By.id("search-page-input"));
            input.clear();
            input.sendKeys("galium");
            waiting().until(d -> results.getText().contains("for “galium”, read as “gallium”"));
            assertEquals("Gallium", results.findElement(By.cssSelector(".search-group .search-title")).getText());
            waiting().until(ExpectedConditions.urlContains("search.html?q=galium"));
            driver().navigate().refresh();
            WebElement again = driver().findElement(By.id("search-page-results"));
            waiting().until(d -> again.getText().contains("for “galium”"));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void enterInTheBoxOpensTheResultsPage(Mode mode) {
        driver().get(site.base(mode) + ARTICLE);
        typed("white list"); // the results show meanwhile
        driver().findElement(By.id("search-input")).sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(site.base(mode) + "search.html?q=white%20list"));
        WebElement results = driver().findElement(By.id("search-page-results"));
        waiting().until(d -> !results.findElements(By.cssSelector(".search-group")).isEmpty());
        assertEquals("White list", results.findElement(By.cssSelector(".search-group .search-title")).getText());
    }

    @Test
    void slashFocusesTheBoxUnlessTypingInAField() {
        driver().get(site.base(Mode.HTTP) + ARTICLE);
        waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return typeof window.DossierSearch === 'object'")));
        WebElement input = driver().findElement(By.id("search-input"));
        assertFalse(input.equals(driver().switchTo().activeElement()));
        new Actions(driver()).sendKeys("/").perform();
        assertEquals(input, driver().switchTo().activeElement(), "/ focuses the box");
        assertEquals("", input.getDomProperty("value"), "without typing the slash");
        input.sendKeys("a/b");
        assertEquals("a/b", input.getDomProperty("value"), "in the box a slash is a slash");

        driver().get(site.base(Mode.HTTP) + "search.html");
        // the deferred script has run by the load event; a loaded machine may answer a moment later
        waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return typeof window.DossierSearch === 'object'")));
        new Actions(driver()).sendKeys("/").perform();
        assertEquals(driver().findElement(By.id("search-page-input")), driver().switchTo().activeElement(),
                "on the results page, its own box");
    }
}
