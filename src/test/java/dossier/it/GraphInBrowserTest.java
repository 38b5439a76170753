package dossier.it;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dossier.it.ServedSite.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The co-mention graphs of the shipped dossier as Chromium draws them: the labels' rendered boxes
 * apart and inside the drawing, their text at least 11 CSS px on a phone, and the neighbours of a
 * node picked out when it is focused by keyboard or pointed at, until Escape or leaving it.
 */
class GraphInBrowserTest extends ShippedSiteInBrowser {
    private static final String GRAPH = "graph.html";

    @AfterEach
    void noConsoleErrorsAndNoRequestsThatLeaveTheSite() {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        assertNoConsoleErrorsAndNoFailedOrOutsideRequests();
    }

    /**
     * Each drawing's labels as rendered: pairs whose boxes overlap, boxes outside the drawing, and
     * text under {@code minimum} px (the font size times the drawing's scale), each in words.
     */
    private static final String RENDERED_LABELS = """
            const minimum = arguments[0]; const problems = []; let labels = 0; let smallest = 1e9;
            for (const svg of document.querySelectorAll('svg.graph')) {
              const frame = svg.getBoundingClientRect(); const scale = svg.getScreenCTM().a;
              const texts = [...svg.querySelectorAll('text')];
              const boxes = texts.map(t => t.getBoundingClientRect());
              labels += texts.length;
              texts.forEach((t, i) => {
                const b = boxes[i]; const size = parseFloat(getComputedStyle(t).fontSize) * scale;
                smallest = Math.min(smallest, size);
                if (size < minimum) problems.push(t.textContent + ' is ' + size.toFixed(1) + ' px');
                if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5)
                  problems.push(t.textContent + ' leaves the drawing');
                for (let j = i + 1; j < texts.length; j++) {
                  const c = boxes[j];
                  if (b.left < c.right - 0.5 && c.left < b.right - 0.5 && b.top < c.bottom - 0.5 && c.top < b.bottom - 0.5)
                    problems.push(t.textContent + ' overlaps ' + texts[j].textContent);
                }
              });
            }
            return {problems: problems.slice(0, 20), labels: labels, smallest: smallest};
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> renderedLabels(double minimum) {
        return (Map<String, Object>) browser.js(RENDERED_LABELS, minimum);
    }

    @ParameterizedTest
    @ValueSource(ints = {1440, 390, 320})
    void theGraphPagesLabelsAreApartInsideTheDrawingAndReadable(int width) {
        browser.driver.manage().window().setSize(new Dimension(width, 900));
        browser.driver.get(site.base(Mode.HTTP) + GRAPH);
        Map<String, Object> labels = renderedLabels(11);
        assertEquals(List.of(), labels.get("problems"), "at " + width + " px");
        assertEquals(((Number) browser.js("return document.querySelectorAll('svg.graph [data-node]').length")).longValue(),
                ((Number) labels.get("labels")).longValue(), "a label per node");
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "the page itself does not scroll sideways at " + width + " px");
    }

    /** Every entity page's neighbourhood on a phone. */
    @Test
    void everyNeighbourhoodsLabelsAreApartAndReadableOnAPhone() throws java.io.IOException {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        List<String> problems = new ArrayList<>();
        int drawn = 0;
        for (String file : Sites.files(site.copy)) {
            if (!file.startsWith("entities/") || !file.endsWith(".html")) {
                continue;
            }
            browser.driver.get(site.base(Mode.HTTP) + file);
            Map<String, Object> labels = renderedLabels(11);
            drawn += ((Number) labels.get("labels")).intValue() > 0 ? 1 : 0;
            ((List<?>) labels.get("problems")).forEach(p -> problems.add(file + ": " + p));
        }
        assertTrue(drawn > 1, "neighbourhoods drawn: " + drawn);
        assertEquals(List.of(), problems);
    }

    /** On a phone a drawing wider than the screen opens on the page's own entity, not on its left edge. */
    @Test
    void aWideNeighbourhoodOpensOnItsEntityOnAPhone() {
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.driver.get(site.base(Mode.FILE) + "entities/south-korea.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) browser.js("""
                const figure = document.querySelector('section.neighbourhood figure'); const f = figure.getBoundingClientRect();
                const c = figure.querySelector('.graph-centre').getBoundingClientRect();
                return {wide: figure.scrollWidth > figure.clientWidth, inView: c.left >= f.left && c.right <= f.right};
                """);
        assertEquals(Map.of("wide", true, "inView", true), seen);
    }

    /** The nodes a line joins to this one, and the lines, by the drawing's own numbers. */
    private static final String NEIGHBOURS_OF = """
            const svg = document.querySelector('svg.graph'); const n = arguments[0];
            const lines = [...svg.querySelectorAll('line')].filter(l => l.dataset.a === n || l.dataset.b === n);
            return {nodes: lines.map(l => l.dataset.a === n ? l.dataset.b : l.dataset.a).sort(), lines: lines.length};
            """;

    private static final String HIGHLIGHTED = """
            const svg = document.querySelector('svg.graph');
            return {on: svg.classList.contains('is-highlighting'),
                    focus: [...svg.querySelectorAll('.is-focus')].map(e => e.dataset.node),
                    nodes: [...svg.querySelectorAll('.is-neighbour')].map(e => e.dataset.node).sort(),
                    lines: svg.querySelectorAll('line.is-linked').length};
            """;

    @Test
    void tabbingToANodeHighlightsItsNeighboursAndEscapeClearsThem() {
        browser.driver.get(site.base(Mode.HTTP) + GRAPH);
        String node = null;
        for (int i = 0; i < 200 && node == null; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            node = (String) browser.js("const a = document.activeElement; return a.closest('svg.graph') ? a.dataset.node : null;");
        }
        assertTrue(node != null, "a node is reached with Tab");
        assertHighlights(node);
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        String next = (String) browser.js("return document.activeElement.dataset.node;");
        assertTrue(next != null && !next.equals(node), "Tab moves to the next node: " + next);
        assertHighlights(next);
        axeFindsNothingSerious("a node focused");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals(Map.of("on", false, "focus", List.of(), "nodes", List.of(), "lines", 0L), browser.js(HIGHLIGHTED), "Escape clears it");
    }

    /** Before the drawing's many links, a link that shows when focused passes them, to the list of pairs. */
    @Test
    void aKeyboardUserCanSkipTheDrawing() {
        browser.driver.get(site.base(Mode.HTTP) + GRAPH);
        boolean skip = false;
        for (int i = 0; i < 200 && !skip; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals(null, browser.js("return document.activeElement.closest('svg.graph') && 'a node came first';"));
            skip = Boolean.TRUE.equals(browser.js("return document.activeElement.classList.contains('graph-skip');"));
        }
        assertTrue(skip, "the skip link is reached with Tab");
        assertTrue(((Number) browser.js("return document.activeElement.getBoundingClientRect().width;")).doubleValue() > 24, "and shows while focused");
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals(Boolean.TRUE, browser.js("return !!document.activeElement.closest('ul.pairs');"), "the next stop is the list of pairs");
    }

    @Test
    void pointingAtANodeHighlightsItsNeighboursUntilThePointerLeaves() {
        browser.driver.get(site.base(Mode.HTTP) + GRAPH);
        var item = browser.driver.findElement(org.openqa.selenium.By.cssSelector("svg.graph a.graph-item circle"));
        new Actions(browser.driver).moveToElement(item).perform();
        String node = (String) browser.js("return arguments[0].parentNode.dataset.node;", item);
        assertHighlights(node);
        new Actions(browser.driver).moveToElement(browser.driver.findElement(org.openqa.selenium.By.tagName("h1"))).perform();
        assertEquals(false, ((Map<?, ?>) browser.js(HIGHLIGHTED)).get("on"), "leaving the drawing clears it");
    }

    @SuppressWarnings("unchecked")
    private static void assertHighlights(String node) {
        Map<String, Object> expected = (Map<String, Object>) browser.js(NEIGHBOURS_OF, node);
        Map<String, Object> shown = (Map<String, Object>) browser.js(HIGHLIGHTED);
        assertTrue(!((List<?>) expected.get("nodes")).isEmpty(), "node " + node + " has neighbours");
        assertEquals(true, shown.get("on"), "node " + node);
        assertEquals(List.of(node), shown.get("focus"));
        assertEquals(expected.get("nodes"), shown.get("nodes"), "its neighbours");
        assertEquals(expected.get("lines"), shown.get("lines"), "its lines");
    }

    /** While a node is highlighted, the faded labels still have the contrast of text, in both schemes. */
    private static void axeFindsNothingSerious(String where) {
        List<String> blocking = new ArrayList<>();
        for (String scheme : List.of("dark", "light")) {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (Rule rule : new AxeBuilder().include("svg.graph").analyze(browser.driver).getViolations()) {
                if (List.of("serious", "critical").contains(rule.getImpact())) {
                    blocking.add(where + ", " + scheme + ": " + rule.getId() + " " + rule.getNodes().size());
                }
            }
        }
        assertEquals(List.of(), blocking);
    }

    /** On paper the drawing is there, as wide as the page at most. */
    @Test
    void printShowsTheStaticDrawing() {
        try {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.driver.get(site.base(Mode.FILE) + GRAPH);
            assertEquals(Boolean.TRUE, browser.js("const s = document.querySelector('svg.graph'); const r = s.getBoundingClientRect();"
                    + "return r.width > 0 && r.height > 0 && r.right <= document.documentElement.clientWidth + 0.5"));
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
