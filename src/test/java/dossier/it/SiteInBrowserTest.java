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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped dossier in a real browser, hosted (HTTP on 127.0.0.1) and opened from disk (file://
 * on a copy): following links down to a source paragraph, searching with the keyboard, and, after
 * every test, no console errors and no request that failed or left the site.
 */
class SiteInBrowserTest extends ShippedSiteInBrowser {
    private static final String ARTICLE = "articles/2023-04-japan-whitelist.html";

    static String base(Mode mode) {
        return site.base(mode);
    }

    private static WebDriver driver() {
        return browser.driver;
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10));
    }

    @AfterEach
    void noConsoleErrorsAndNoFailedOrOutsideRequests() {
        assertClean(browser);
    }

    private static void assertClean(Browser b) {
        assertEquals(List.of(), b.takeConsoleErrors(), "console errors");
        assertGood(b.takeRequests());
    }

    private static void assertGood(List<Browser.Request> requests) {
        List<Browser.Request> bad = requests.stream().filter(r -> r.failure() != null || !site.isLocal(r.url())).toList();
        assertEquals(List.of(), bad, "failed requests, or requests leaving the site");
        assertEquals(List.of(), site.server.failures(), "requests the server could not answer");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void homeToArticleToTheQuotedSourceParagraph(Mode mode) {
        driver().get(base(mode) + "index.html");
        WebElement toArticle = driver().findElement(By.cssSelector(".article-list h3 a"));
        String title = toArticle.getText();
        toArticle.click();
        waiting().until(ExpectedConditions.urlContains("/articles/"));
        assertEquals(title, driver().findElement(By.tagName("h1")).getText());

        WebElement figure = driver().findElement(By.cssSelector("figure.excerpt"));
        String quote = figure.findElement(By.cssSelector("blockquote p")).getText();
        WebElement toParagraph = figure.findElement(By.cssSelector("figcaption a[href*='#p']"));
        String fragment = toParagraph.getDomAttribute("href").replaceFirst(".*#", "");
        toParagraph.click();
        waiting().until(ExpectedConditions.urlContains("/sources/"));

        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) browser.js(
                "const t = document.querySelector(':target');"
                        + "return t && {id: t.id, classes: t.className, text: t.textContent};");
        assertTrue(target != null, "the address names an element");
        assertEquals(fragment, target.get("id"));
        assertTrue(target.get("classes").toString().contains("source-paragraph"), "the :target is a source paragraph: " + target);
        assertTrue(letters(target.get("text").toString()).contains(letters(quote)), "the paragraph holds the quote");
    }

    /** At 320 CSS px no page of the shipped dossier scrolls sideways (a failure names the elements that stick out). */
    @Test
    void noPageScrollsSidewaysOnANarrowPhone() throws java.io.IOException {
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(320, 800));
        List<String> wide = new java.util.ArrayList<>();
        try {
            int pages = 0;
            for (String file : Sites.files(site.copy)) {
                if (!file.endsWith(".html")) {
                    continue;
                }
                pages++;
                driver().get(base(Mode.HTTP) + file);
                String measure = "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];";
                List<?> w = (List<?>) browser.js(measure);
                if (((Number) w.get(0)).intValue() > ((Number) w.get(1)).intValue()) {
                    // a loaded machine may measure before the narrow layout is done: a page is wide if it stays so
                    try {
                        new WebDriverWait(driver(), Duration.ofSeconds(3)).until(d -> {
                            List<?> again = (List<?>) browser.js(measure);
                            return ((Number) again.get(0)).intValue() <= ((Number) again.get(1)).intValue();
                        });
                    } catch (org.openqa.selenium.TimeoutException stillWide) {
                        // reported below
                    }
                    w = (List<?>) browser.js(measure);
                }
                if (((Number) w.get(0)).intValue() > ((Number) w.get(1)).intValue()) {
                    wide.add(file + " " + w.get(0) + " > " + w.get(1) + ", widest: " + browser.js(
                            "const cw = document.documentElement.clientWidth; const out = [];"
                                    + "for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();"
                                    + " if (r.right > cw + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > cw + 0.5))"
                                    + " out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '') + ' ' + Math.round(r.right)); }"
                                    + "return out.slice(0, 3);"));
                }
            }
            assertTrue(pages > 10, "the dossier's pages");
        } finally {
            driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
        assertEquals(List.of(), wide);
    }

    /** On a phone, every citation's links are targets of at least 24 by 24 CSS pixels (WCAG 2.2, target size). */
    @Test
    void citationLinksAreTargetsAFingerCanHitOnAPhone() {
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver().get(base(Mode.HTTP) + ARTICLE);
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) browser.js(
                    "const small = []; const links = document.querySelectorAll('.cite a');"
                            + "for (const a of links) { for (const r of a.getClientRects()) {"
                            + " if (r.width < 23.5 || r.height < 23.5) small.push(a.textContent + ' ' + Math.round(r.width) + 'x' + Math.round(r.height)); } }"
                            + "return links.length === 0 ? ['no citation links'] : small.slice(0, 10);");
            assertEquals(List.of(), small);
        } finally {
            driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /**
     * A jump lands with breathing room above its target, not flush against the window's top edge,
     * and the target is marked: a reference, an excerpt, a source paragraph.
     */
    @Test
    void jumpTargetsLandWithRoomAboveAndAreMarked() {
        String background = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
        List<String> flush = new java.util.ArrayList<>();
        driver().get(base(Mode.HTTP) + ARTICLE);
        List<String> targets = new java.util.ArrayList<>();
        targets.add(ARTICLE + "#ref-1");
        targets.add(ARTICLE + "#" + driver().findElement(By.cssSelector("figure.excerpt")).getDomAttribute("id"));
        String paragraph = driver().findElement(By.cssSelector("figure.excerpt figcaption a[href*='#p']")).getDomAttribute("href");
        targets.add("articles/" + paragraph);
        for (String target : targets) {
            driver().get(base(Mode.HTTP) + "index.html"); // a new document each time, so that the jump is the browser's own
            driver().get(base(Mode.HTTP) + target);
            @SuppressWarnings("unchecked")
            Map<String, Object> landed = (Map<String, Object>) browser.js(
                    "const t = document.querySelector(':target'); const r = t.getBoundingClientRect();"
                            + "return {top: r.top, scrolled: window.scrollY, background: getComputedStyle(t).backgroundColor,"
                            + " outline: getComputedStyle(t).outlineStyle};");
            double top = ((Number) landed.get("top")).doubleValue();
            if (((Number) landed.get("scrolled")).doubleValue() > 0 && top < 16) {
                flush.add(target + " lands " + top + " px from the top");
            }
            if (landed.get("background").equals(background) && "none".equals(landed.get("outline"))) {
                flush.add(target + " is not marked");
            }
        }
        assertEquals(List.of(), flush);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void searchShowsMarkedResultsWhileTypingAndIsUsableByKeyboard(Mode mode) {
        driver().get(base(mode) + ARTICLE);
        WebElement input = driver().findElement(By.id("search-input"));
        assertTrue(input.isDisplayed(), "the search box shows once its script has run");
        assertEquals("Search", driver().findElement(By.cssSelector("label[for=search-input]")).getText());
        input.sendKeys("galli");
        WebElement panel = driver().findElement(By.id("search-results"));
        waiting().until(ExpectedConditions.visibilityOf(panel));
        // the panel shows as soon as typing starts; the results for the whole word follow the
        // index's first load (and those for the letters typed before it)
        waiting().until(d -> {
            List<WebElement> shown = panel.findElements(By.tagName("mark"));
            return !shown.isEmpty() && shown.stream().allMatch(m -> m.getText().toLowerCase(Locale.ROOT).startsWith("galli"));
        });

        List<WebElement> marks = panel.findElements(By.tagName("mark"));
        assertFalse(marks.isEmpty(), "matches are marked");
        marks.forEach(m -> assertTrue(m.getText().toLowerCase(Locale.ROOT).startsWith("galli"), m.getText()));
        String groups = panel.findElements(By.className("search-group-label")).stream().map(WebElement::getText).toList().toString();
        for (String group : List.of("ARTICLES", "EXCERPTS", "COMMENTARY", "ENTITIES", "SOURCES")) {
            assertTrue(groups.contains(group), group + " in " + groups);
        }
        List<WebElement> links = panel.findElements(By.tagName("a"));
        for (WebElement link : links) {
            assertTrue(link.getDomAttribute("href").startsWith("../"), "relative to this page: " + link.getDomAttribute("href"));
            assertTrue(link.getDomProperty("href").startsWith(base(mode)), link.getDomProperty("href"));
        }

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), driver().switchTo().activeElement());
        links.get(0).sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), driver().switchTo().activeElement());
        links.get(1).sendKeys(Keys.ARROW_UP);
        links.get(0).sendKeys(Keys.ARROW_UP);
        assertEquals(input, driver().switchTo().activeElement());
        input.sendKeys(Keys.ESCAPE);
        assertFalse(panel.isDisplayed(), "Escape closes the results");
        assertEquals("galli", input.getDomProperty("value"), "and keeps the query");

        input.sendKeys(Keys.ARROW_DOWN);
        WebElement first = driver().switchTo().activeElement();
        String expected = first.getDomProperty("href");
        first.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(expected));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void resultsAreTextNeverMarkupAndMissesAreSaid(Mode mode) {
        driver().get(base(mode) + "index.html");
        WebElement input = driver().findElement(By.id("search-input"));
        input.sendKeys("<img src=x onerror=alert(1)>");
        WebElement panel = driver().findElement(By.id("search-results"));
        waiting().until(ExpectedConditions.visibilityOf(panel));
        assertTrue(panel.findElements(By.tagName("img")).isEmpty(), "the query is shown as text");
        assertTrue(panel.getText().startsWith("No results for “<img src=x onerror=alert(1)>”"), panel.getText());
        assertEquals(panel.getText(), driver().findElement(By.cssSelector(".search-status")).getDomProperty("textContent"),
                "the result count is announced");
    }

    @Test
    void everyPageOffersSearchAndLoadsTheIndexOnlyWhenItIsUsed() {
        for (Mode mode : Mode.values()) {
            for (String page : List.of("index.html", "about.html", ARTICLE, "entities/index.html", "entities/gallium.html",
                    "sources/whitelist-2023-japan.html", "timeline.html", "figures.html", "graph.html", "tags/index.html",
                    "tags/japan.html")) {
                driver().get(base(mode) + page);
                // the deferred script has run by the load event; a loaded machine may answer a moment later
                waiting().until(d -> Boolean.TRUE.equals(browser.js("return typeof window.DossierSearch === 'object'")));
                assertTrue(driver().findElement(By.id("search-input")).isDisplayed(), page);
                List<String> before = urls(browser.takeRequests());
                assertTrue(before.contains(base(mode) + page) && before.contains(base(mode) + "js/search.js"),
                        "the network log shows the page and its script: " + before);
                assertFalse(before.contains(base(mode) + "search-index.js"), page + ": the index waits until search is used");
                assertEquals(Boolean.TRUE, browser.js("return DossierSearch.load()"), page);
                @SuppressWarnings("unchecked")
                List<String> resources = (List<String>) browser.js(
                        "return performance.getEntriesByType('resource').map(e => e.name);");
                resources.forEach(r -> assertTrue(r.startsWith(base(mode)), page + " loads " + r));
                List<Browser.Request> requests = browser.takeRequests();
                assertGood(requests);
                assertEquals(List.of(base(mode) + "search-index.js"), urls(requests), page + ": the index, from the site root");
            }
        }
    }

    @Test
    void focusingTheBoxFetchesTheIndex() {
        driver().get(base(Mode.HTTP) + ARTICLE);
        browser.takeRequests();
        driver().findElement(By.id("search-input")).click();
        waiting().until(d -> browser.js("return typeof window.DOSSIER_SEARCH === 'object'"));
        assertEquals(List.of(base(Mode.HTTP) + "search-index.js"), urls(browser.takeRequests()));
    }

    @Test
    void aMissingIndexIsSaidInTheBoxNotHidden() throws Exception {
        Path index = site.copy.resolve("search-index.js");
        Path aside = site.copy.resolve("search-index.js.aside");
        java.nio.file.Files.move(index, aside);
        try {
            driver().get(base(Mode.FILE) + ARTICLE);
            driver().findElement(By.id("search-input")).sendKeys("gallium");
            WebElement panel = driver().findElement(By.id("search-results"));
            waiting().until(d -> panel.getText().startsWith("Search is unavailable"));
            assertEquals(panel.getText(), driver().findElement(By.cssSelector(".search-status")).getDomProperty("textContent"),
                    "screen readers hear it too");
            assertTrue(browser.takeRequests().stream().anyMatch(r -> r.url().endsWith("/search-index.js") && r.failure() != null),
                    "the failed load is the reason");
            browser.takeConsoleErrors();
        } finally {
            java.nio.file.Files.move(aside, index);
        }
    }

    private static List<String> urls(List<Browser.Request> requests) {
        return requests.stream().map(Browser.Request::url).toList();
    }

    @Test
    void lookupsMatchTheStartOfEveryWordWhateverTheCaseAndRankTitlesFirst() {
        driver().get(base(Mode.HTTP) + "index.html");
        assertEquals(Boolean.TRUE, browser.js("return DossierSearch.load()"));
        String best = "const g = DossierSearch.search(arguments[0]).groups.find(g => g.id === arguments[1]);"
                + "return g.hits.length ? DossierSearch.doc(g.hits[0].doc)[1] : null;";
        assertEquals("Semiconductors", browser.js(best, "SEMI", "entity"));
        assertEquals("Gallium", browser.js(best, "galliu", "entity"));
        assertEquals("Yoon Suk-yeol", browser.js(best, "yoon suk-yeol", "entity"));
        assertEquals("Yoon Suk-yeol", browser.js(best, "Suk Yoon", "entity"), "word order does not matter");
        assertEquals(0L, browser.js("return DossierSearch.search('gallium zzzz').total"), "every word must match");
        String total = "return DossierSearch.search(arguments[0]).total";
        assertTrue((Long) browser.js(total, "alliances") >= (Long) browser.js(total, "alliance"),
                "a plural query also finds the singular");
        assertTrue((Long) browser.js(total, "alliance") > 0);
        assertEquals("1965 treaty", browser.js(best, "treaties", "entity"));
        assertEquals(List.of("alliances", "alliance", "chip"), browser.js("return DossierSearch.search('alliances chip').terms"),
                "both forms are marked in the results; a singular is looked up as it is");
        assertEquals(0L, browser.js("return DossierSearch.search('').total"));
    }

    @Test
    void theNetworkCheckSeesARequestThatLeavesTheSite() {
        driver().get(base(Mode.HTTP) + "index.html");
        // another loopback address: outside the site, yet no traffic leaves this machine
        browser.js("const img = new Image(); img.src = 'http://127.0.0.2:9/pixel.png'; document.body.appendChild(img);");
        waiting().until(d -> browser.js("return performance.getEntriesByType('resource').some(e => e.name.includes('127.0.0.2'))"));
        List<Browser.Request> seen = browser.takeRequests();
        assertTrue(seen.stream().anyMatch(r -> r.url().equals("http://127.0.0.2:9/pixel.png") && !site.isLocal(r.url())), seen.toString());
        browser.takeConsoleErrors();
    }

    @Test
    void pagesWorkWithoutJavaScript() {
        try (Browser plain = Browser.startOrSkip(false)) {
            plain.driver.get(base(Mode.FILE) + "index.html");
            assertFalse(plain.driver.findElement(By.cssSelector(".site-search")).isDisplayed(), "no dead search box");
            assertTrue(plain.driver.findElement(By.cssSelector(".search-note")).isDisplayed(), "the noscript note shows");
            plain.driver.findElement(By.cssSelector(".article-list h3 a")).click();
            WebElement toParagraph = plain.driver.findElement(By.cssSelector("figure.excerpt figcaption a[href*='#p']"));
            String fragment = toParagraph.getDomAttribute("href").replaceFirst(".*#", "");
            toParagraph.click();
            new WebDriverWait(plain.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/sources/"));
            assertTrue(plain.driver.findElement(By.id(fragment)).isDisplayed());
            assertClean(plain);
        }
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
