package dossier.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dossier.it.ServedSite.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core on the main kinds of page, hosted and from file://, in the light and the dark colour
 * scheme, and with search results open: no serious or critical violations. Every finding, of any
 * impact, is written to target/axe-report.txt.
 */
class AccessibilityTest extends ShippedSiteInBrowser {
    private static final List<String> PAGES = List.of("index.html", "articles/2023-04-japan-whitelist.html",
            "entities/gallium.html", "sources/whitelist-2023-japan.html", "timeline.html", "figures.html", "graph.html");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Map<String, String> BACKGROUND = Map.of("light", "rgb(253, 252, 249)", "dark", "rgb(22, 22, 26)");
    private static final Path REPORT = Sites.PROJECT.resolve("target/axe-report.txt");
    static final List<String> findings = new ArrayList<>();

    @AfterAll
    static void tearDownThisClass() throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, findings);
    }

    @Test
    void hostedLightScheme() {
        assertEquals(List.of(), check(Mode.HTTP, "light"));
    }

    @Test
    void fromDiskLightScheme() {
        assertEquals(List.of(), check(Mode.FILE, "light"));
    }

    @Test
    void hostedDarkScheme() {
        assertEquals(List.of(), check(Mode.HTTP, "dark"));
    }

    @Test
    void openSearchResultsInBothSchemes() {
        List<String> blocking = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            scheme(scheme);
            browser.driver.get(site.base(Mode.HTTP) + PAGES.get(1));
            browser.driver.findElement(By.id("search-input")).sendKeys("export");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
            blocking.addAll(analyze("search results, " + scheme));
        }
        scheme("light");
        assertEquals(List.of(), blocking);
    }

    @Test
    void openPreviewsInBothSchemes() {
        List<String> blocking = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            scheme(scheme);
            browser.driver.get(site.base(Mode.HTTP) + PAGES.get(1));
            for (String trigger : List.of("figure.excerpt figcaption a[href*='#p']", ".cite a[href^='#ref-']", "main a.wikilink")) {
                browser.js("document.querySelector(arguments[0]).focus()", trigger);
                new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".preview[role=dialog]")));
                blocking.addAll(analyze("preview of " + trigger + ", " + scheme));
            }
        }
        scheme("light");
        assertEquals(List.of(), blocking);
    }

    /**
     * Paper is white whatever the screen prefers: printed with a dark system preference, every
     * page's text is dark on white (issue 14: it printed near-white text).
     */
    @Test
    void printingWithADarkPreferenceGivesDarkTextOnWhite() {
        List<String> light = new ArrayList<>();
        try {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
                    "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            for (String page : PAGES) {
                browser.driver.get(site.base(Mode.HTTP) + page);
                assertEquals("rgb(255, 255, 255)", browser.js("return getComputedStyle(document.body).backgroundColor"), page + ": white paper");
                Object found = browser.js(LIGHT_TEXT);
                assertTrue(found instanceof List<?> l && !((List<?>) found).contains("none checked"), page + ": text to check");
                for (Object element : (List<?>) found) {
                    light.add(page + ": " + element);
                }
            }
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
        assertEquals(List.of(), light, "text printed in a light colour");
    }

    /** The rendered elements with text of their own whose colour is light (relative luminance over 0.4), at most 10. */
    private static final String LIGHT_TEXT = """
            const luminance = colour => {
              const [r, g, b] = colour.match(/[\\d.]+/g).map(Number).map(v => v / 255)
                .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const light = [];
            let checked = 0;
            for (const element of document.querySelectorAll('body *')) {
              if (![...element.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
              if (element.getClientRects().length === 0) continue;
              checked++;
              const colour = getComputedStyle(element).color;
              if (luminance(colour) > 0.4) light.push(element.tagName + ' ' + colour + ' "' + element.textContent.trim().slice(0, 40) + '"');
            }
            return checked === 0 ? ['none checked'] : light.slice(0, 10);
            """;

    private List<String> check(Mode mode, String scheme) {
        scheme(scheme);
        List<String> blocking = new ArrayList<>();
        for (String page : PAGES) {
            browser.driver.get(site.base(mode) + page);
            assertEquals(BACKGROUND.get(scheme), browser.js("return getComputedStyle(document.body).backgroundColor"),
                    "the page is shown in the " + scheme + " scheme");
            blocking.addAll(analyze(page + " (" + mode + ", " + scheme + ")"));
        }
        scheme("light");
        return blocking;
    }

    /** Runs axe on the open page; returns the serious and critical violations, records all. */
    private static List<String> analyze(String where) {
        Results results = new AxeBuilder().analyze(browser.driver);
        List<String> blocking = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String finding = where + ": " + rule.getImpact() + " " + rule.getId() + " at " + node.getTarget() + ": " + rule.getHelp();
                findings.add(finding);
                if (BLOCKING.contains(rule.getImpact())) {
                    blocking.add(finding);
                }
            }
        }
        findings.add(where + ": " + results.getViolations().size() + " rules violated, " + results.getPasses().size()
                + " passed, to review by hand: " + results.getIncomplete().stream().map(Rule::getId).toList());
        return blocking;
    }

    /** The colour scheme the pages see in prefers-color-scheme, through the DevTools protocol. */
    private static void scheme(String scheme) {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
