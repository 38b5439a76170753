package dossier.it;

import dossier.it.ServedSite.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the pages use the screen, measured in Chromium at a phone's size (390 by 844 CSS px) and a
 * wide screen's (1440 by 900): the articles on the home page without scrolling, the wide screen's
 * width used from the left edge of the text, and the table of contents of a long article.
 */
class ReadingLayoutTest extends ShippedSiteInBrowser {
    private static final String LONG_ARTICLE = "articles/2022-07-chip4-dilemma.html";

    @AfterEach
    void noConsoleErrors() {
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertEquals(List.of(), browser.takeConsoleErrors(), "console errors");
        browser.takeRequests();
    }

    private static void open(String page, int width, int height) {
        ScreenshotsTest.viewport(width, height, browser);
        browser.driver.get(site.base(Mode.HTTP) + page);
    }

    private static double number(String script) {
        return ((Number) browser.js(script)).doubleValue();
    }

    /** The first article's link shows before any scrolling, and on a wide screen the introduction beside the list. */
    @Test
    void theArticlesAreAboveTheFoldOnAPhoneAndAWideScreen() {
        List<String> below = new ArrayList<>();
        for (int[] size : new int[][] {{390, 844}, {1440, 900}}) {
            open("index.html", size[0], size[1]);
            double first = number("return document.querySelector('.article-list h3 a').getBoundingClientRect().top");
            if (first >= size[1] - 24) {
                below.add(size[0] + "x" + size[1] + ": the first article's link at y=" + Math.round(first));
            }
            if (size[0] >= 1200) {
                // beside the list, not under it
                double intro = number("return document.querySelector('.intro p').getBoundingClientRect().top");
                if (intro >= size[1] - 24) {
                    below.add(size[0] + "x" + size[1] + ": the introduction starts at y=" + Math.round(intro));
                }
            }
        }
        assertEquals(List.of(), below);
    }

    /**
     * At 1440 px nothing the article's column of excerpts could hold is pushed into the commentary's
     * column with the excerpts' column empty beside it: the headings, the text before the first
     * excerpt and the end matter start at the article's left edge, the end matter spans the article's
     * width (its sections side by side); and text keeps a reading measure (no paragraph wider than 46rem).
     */
    @Test
    void onAWideScreenHeadingsIntroAndEndMatterStartAtTheLeftEdgeOfTheArticle() {
        open(LONG_ARTICLE, 1440, 900);
        @SuppressWarnings("unchecked")
        List<String> astray = (List<String>) browser.js(
                "const left = document.querySelector('.article-header h1').getBoundingClientRect().left;"
                        + "const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);"
                        + "const out = [];"
                        + "const blocks = document.querySelectorAll('.article-body > h2, .article-body > p, .article-body > ul,"
                        + " .article-body > ol, .end-matter');"
                        + "if (blocks.length === 0) out.push('no blocks found');"
                        + "for (const b of blocks) { const r = b.getBoundingClientRect();"
                        + " if (r.left > left + 1) out.push(b.tagName + ' ' + (b.id || b.className || b.textContent.slice(0, 30)) + ' at x=' + Math.round(r.left) + ', the article at x=' + Math.round(left)); }"
                        + "const body = document.querySelector('.article-body').getBoundingClientRect();"
                        + "for (const e of document.querySelectorAll('.end-matter')) { if (e.getBoundingClientRect().width < 0.95 * body.width)"
                        + " out.push('the end matter is ' + Math.round(e.getBoundingClientRect().width) + ' px wide, the article ' + Math.round(body.width)); }"
                        + "for (const p of document.querySelectorAll('.article-body p')) { if (p.getBoundingClientRect().width > 46 * rem + 1)"
                        + " out.push('p ' + p.textContent.slice(0, 30) + ' is ' + Math.round(p.getBoundingClientRect().width) + ' px wide'); }"
                        + "return out.slice(0, 10);");
        assertEquals(List.of(), astray);
    }

    /** The table of contents sits beside the text on a wide screen and stays in view while the article scrolls. */
    @Test
    void theTableOfContentsStaysBesideTheTextOnAWideScreen() {
        open(LONG_ARTICLE, 1440, 900);
        browser.js("document.querySelectorAll('.article-body h2')[2].scrollIntoView()");
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.js(
                "const toc = document.querySelector('nav.toc').getBoundingClientRect();"
                        + "const text = document.querySelector('.article-body').getBoundingClientRect();"
                        + "return {top: toc.top, bottom: toc.bottom, right: toc.right, textLeft: text.left, scrolled: window.scrollY};");
        assertTrue(((Number) at.get("scrolled")).doubleValue() > 900, "the page scrolled: " + at);
        assertTrue(((Number) at.get("top")).doubleValue() >= 0 && ((Number) at.get("bottom")).doubleValue() <= 900,
                "the contents are in view after scrolling: " + at);
        assertTrue(((Number) at.get("right")).doubleValue() <= ((Number) at.get("textLeft")).doubleValue(), "beside the text: " + at);
    }

    /** On a phone the table of contents comes before the text, and does not stick over it. */
    @Test
    void onAPhoneTheTableOfContentsComesFirst() {
        open(LONG_ARTICLE, 390, 844);
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.js(
                "const toc = document.querySelector('nav.toc');"
                        + "const first = document.querySelector('.article-body h2');"
                        + "return {before: toc.getBoundingClientRect().bottom <= first.getBoundingClientRect().top,"
                        + " position: getComputedStyle(toc).position};");
        assertEquals(Boolean.TRUE, at.get("before"), "the contents before the first heading: " + at);
        assertFalse("sticky".equals(at.get("position")) || "fixed".equals(at.get("position")), "not stuck over the text: " + at);
    }

    /**
     * Every page's footer links the offline copy, which a hosted site serves from its root folder;
     * opened from disk (the offline copy itself, which cannot hold the zip) the note says so instead.
     */
    @Test
    void theOfflineCopyIsLinkedWhenHostedAndSaidToBeTheCopyFromDisk() {
        for (String page : List.of("index.html", "about.html", LONG_ARTICLE)) {
            open(page, 1440, 900);
            Object status = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "const a = document.querySelector('.offline-copy a');"
                    + "if (!a) { done('no link'); return; }"
                    + "fetch(a.href).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + b.byteLength)), e => done(String(e)));");
            assertTrue(String.valueOf(status).matches("200 [1-9][0-9]{4,}"), page + ": the zip is served: " + status);
            browser.driver.get(site.base(Mode.FILE) + page);
            assertEquals(List.of(), browser.driver.findElements(org.openqa.selenium.By.cssSelector(".offline-copy a")), page + ": no link from disk");
            assertTrue(browser.driver.findElement(org.openqa.selenium.By.cssSelector(".offline-copy")).getText().contains("offline copy"), page);
        }
    }
}
