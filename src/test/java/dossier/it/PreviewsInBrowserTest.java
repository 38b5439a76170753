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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Previews in place on the shipped dossier, hosted and from file://: a citation opens its source
 * paragraph with the quoted words marked and the provenance as text, on keyboard focus, hover and
 * tap; Escape closes it and leaves focus on the link; Tab walks into it and out again; nothing is
 * fetched for it.
 */
class PreviewsInBrowserTest extends ShippedSiteInBrowser {
    private static final String ARTICLE = "articles/2023-09-gallium-talks.html";

    @AfterEach
    void noConsoleErrorsAndNothingFetchedFromOutside() {
        assertNoConsoleErrorsAndNoFailedOrOutsideRequests();
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(5));
    }

    private static WebElement openPreview() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview[role=dialog]")));
    }

    /** Opens the page, focuses the first element the selector finds and waits for its preview. */
    private static WebElement focusFirst(Mode mode, String page, String selector) {
        browser.driver.get(site.base(mode) + page);
        WebElement link = browser.driver.findElement(By.cssSelector(selector));
        browser.js("arguments[0].focus()", link);
        return link;
    }

    private static boolean previewOpen() {
        return !browser.driver.findElements(By.cssSelector(".preview")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anExcerptsCitationPreviewsItsParagraphWithTheQuotedWordsMarked(Mode mode) {
        browser.driver.get(site.base(mode) + ARTICLE);
        WebElement figure = browser.driver.findElement(By.cssSelector("figure.excerpt"));
        String quote = figure.findElement(By.cssSelector("blockquote")).getText();
        WebElement toParagraph = figure.findElement(By.cssSelector("figcaption a[href*='#p']"));
        String sourceTitle = toParagraph.getText().replaceFirst(", ¶\\d+$", "");
        browser.js("arguments[0].focus()", toParagraph);
        WebElement preview = openPreview();
        assertEquals(sourceTitle, preview.findElement(By.cssSelector(".preview-title")).getText());
        List<WebElement> marks = preview.findElements(By.tagName("mark"));
        assertEquals(1, marks.size(), "the excerpt's words, marked once");
        assertEquals(letters(quote), letters(marks.get(0).getText()));
        String paragraph = preview.findElement(By.cssSelector(".preview-paragraph")).getText();
        assertTrue(paragraph.length() > marks.get(0).getText().length(), "the whole paragraph around the quote: " + paragraph);
        assertEquals(preview.getDomAttribute("id"), toParagraph.getDomAttribute("aria-describedby"), "the link is described by its preview");
        assertTrue(preview.findElement(By.cssSelector(".preview-links a")).getDomAttribute("href").contains("sources/"));
        screenshot("preview-citation-1280");

        toParagraph.sendKeys(Keys.ESCAPE);
        assertFalse(previewOpen(), "Escape closes it");
        assertEquals(toParagraph, browser.driver.switchTo().activeElement(), "and focus stays on the link");
        assertEquals(null, toParagraph.getDomAttribute("aria-describedby"));
    }

    @Test
    void tabWalksIntoThePreviewAndOutOfItWithoutATrap() {
        focusFirst(Mode.HTTP, ARTICLE, "figure.excerpt figcaption a[href*='#p']");
        WebElement preview = openPreview();
        int stops = preview.findElements(By.cssSelector("a, button")).size();
        assertTrue(stops >= 2, "a close button and the source page at least");
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertTrue((Boolean) browser.js("return document.querySelector('.preview').contains(document.activeElement)"),
                "the next Tab goes into the preview");
        for (int i = 0; i < stops; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        assertFalse((Boolean) browser.js("return !!document.querySelector('.preview') && document.querySelector('.preview').contains(document.activeElement)"),
                "Tab leaves it again");
        assertFalse(previewOpen(), "and it closes once focus has left it and its link");
    }

    @Test
    void anInlineCitationShowsTheSourceWithItsProvenanceAsText() {
        focusFirst(Mode.HTTP, "articles/2026-02-forge-rare-earths.html", ".cite a[href^='#ref-']");
        WebElement preview = openPreview();
        String text = preview.getText();
        assertTrue(text.contains("inferred"), "the inferred date says so in words: " + text);
        assertTrue(preview.findElement(By.cssSelector(".preview-paragraph")).getText().startsWith("¶"), text);
        assertTrue(preview.findElements(By.cssSelector("[title]")).isEmpty(), "nothing left to a tooltip");
    }

    @Test
    void theTimelinesCitationsPreviewTheirParagraph() {
        WebElement cite = focusFirst(Mode.FILE, "timeline.html", "main a[href*='sources/'][href*='#p']");
        WebElement preview = openPreview();
        String number = cite.getDomAttribute("href").replaceFirst(".*#p", "");
        assertTrue(preview.findElement(By.cssSelector(".preview-paragraph")).getText().startsWith("¶" + number), preview.getText());
    }

    @Test
    void anEntitysMentionsPreviewTheParagraphWithTheNameMarked() {
        focusFirst(Mode.HTTP, "entities/gallium.html", "ul.mentions a.para-ref");
        List<WebElement> marks = openPreview().findElements(By.tagName("mark"));
        assertFalse(marks.isEmpty(), "the name is marked");
        marks.forEach(m -> assertTrue(m.getText().toLowerCase(java.util.Locale.ROOT).contains("gallium"), m.getText()));
    }

    @Test
    void bracketedValuesShowTheirBasisOnFocusNotOnlyOnHover() {
        WebElement value = focusFirst(Mode.HTTP, "articles/2026-02-forge-rare-earths.html", "section.references .editorial");
        assertEquals("0", value.getDomAttribute("tabindex"), "a stop for the keyboard");
        assertTrue(openPreview().getText().contains("inferred"));
        value.sendKeys(Keys.ESCAPE);
        assertFalse(previewOpen());
    }

    @Test
    void hoveringAWikiLinkShowsTheEntityAndLeavingClosesIt() {
        browser.driver.get(site.base(Mode.HTTP) + ARTICLE);
        WebElement wiki = browser.driver.findElement(By.cssSelector("main a.wikilink"));
        String name = wiki.getText();
        new Actions(browser.driver).moveToElement(wiki).perform();
        WebElement preview = openPreview();
        assertFalse(preview.findElement(By.cssSelector(".preview-kind")).getText().isBlank(), "its kind");
        assertTrue(preview.findElement(By.cssSelector(".preview-title")).getText().toLowerCase().contains(name.toLowerCase().substring(0, 3)),
                preview.getText() + " for " + name);
        assertFalse(preview.findElement(By.cssSelector(".preview-summary")).getText().isBlank(), "its summary");
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.tagName("h1"))).perform();
        waiting().until(d -> !previewOpen());
    }

    @Test
    void theLinksToTheEarlierAndLaterArticlesPreviewThem() {
        focusFirst(Mode.HTTP, ARTICLE, "nav.article-sequence a[rel=next]");
        WebElement preview = openPreview();
        assertEquals("article", preview.findElement(By.cssSelector(".preview-kind")).getText().toLowerCase(java.util.Locale.ROOT));
        assertFalse(preview.findElement(By.cssSelector(".preview-summary")).getText().isBlank(), "its summary");
    }

    @Test
    void onAPhoneAFirstTapOpensThePreviewAndASecondFollowsTheLink() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.driver.get(site.base(Mode.HTTP) + ARTICLE);
        WebElement wiki = browser.driver.findElement(By.cssSelector("main a.wikilink"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", wiki);
        String href = wiki.getDomProperty("href");
        tap(wiki);
        assertTrue(browser.driver.getCurrentUrl().endsWith(ARTICLE), "still on the article: " + browser.driver.getCurrentUrl());
        WebElement preview = openPreview();
        Object right = browser.js("const r = arguments[0].getBoundingClientRect(); return r.right <= document.documentElement.clientWidth && r.left >= 0", preview);
        assertEquals(Boolean.TRUE, right, "the preview fits the phone's width");
        screenshot("preview-entity-390");
        tap(wiki);
        waiting().until(ExpectedConditions.urlToBe(href));
    }

    /** A tap leaves the last pointer a finger; Enter on a link afterwards still follows it (a keyboard's click is no tap). */
    @Test
    void enterFollowsALinkEvenAfterATap() {
        browser.driver.get(site.base(Mode.HTTP) + ARTICLE);
        tap(browser.driver.findElement(By.tagName("h1")));
        WebElement wiki = browser.driver.findElement(By.cssSelector("main a.wikilink"));
        String href = wiki.getDomProperty("href");
        browser.js("arguments[0].focus()", wiki);
        wiki.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(href));
    }

    /** For review: target/screenshots/NAME.png. */
    private static void screenshot(String name) {
        try {
            Path folder = Sites.PROJECT.resolve("target/screenshots");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.write(folder.resolve(name + ".png"), browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void tap(WebElement element) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        org.openqa.selenium.Rectangle r = element.getRect();
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(),
                        (int) (r.x + r.width / 2.0) - scrollX(), (int) (r.y + r.height / 2.0) - scrollY()))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.driver.perform(List.of(tap));
    }

    private static int scrollX() {
        return ((Number) browser.js("return Math.round(window.scrollX)")).intValue();
    }

    private static int scrollY() {
        return ((Number) browser.js("return Math.round(window.scrollY)")).intValue();
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
