package dossier.it;

import dossier.it.ServedSite.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures page's charts as a phone draws them: every piece of chart text is at least 11 CSS px
 * once the SVG is scaled to its box, no text sticks out of its chart, every bar starts at the
 * axis's zero, and the page does not scroll sideways. The sizes measured go to target/chart-text.txt.
 */
class ChartsInBrowserTest extends ShippedSiteInBrowser {
    private static final double SMALLEST_TEXT = 11;
    /** What was measured, written to target/chart-text.txt for the record. */
    private static final Path REPORT = Sites.PROJECT.resolve("target/chart-text.txt");
    private static final List<String> SIZES = new java.util.ArrayList<>();

    @AfterAll
    static void tearDownThisClass() throws java.io.IOException {
        java.nio.file.Files.createDirectories(REPORT.getParent());
        java.nio.file.Files.write(REPORT, SIZES);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 320})
    void chartTextIsReadableAndBarsStartAtZeroOnAPhone(int width) {
        browser.driver.manage().window().setSize(new Dimension(width, 844));
        try {
            browser.driver.get(site.base(Mode.HTTP) + "figures.html");
            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) browser.js(
                    "const out = {texts: 0, bars: 0, small: [], outside: [], offZero: [], smallest: 1e9};"
                            + "for (const svg of document.querySelectorAll('svg.chart')) {"
                            + " const box = svg.getBoundingClientRect();"
                            + " for (const t of svg.querySelectorAll('text')) {"
                            + "  out.texts++;"
                            // the font size in the SVG's units times the scale the SVG is drawn at
                            + "  const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;"
                            + "  out.smallest = Math.min(out.smallest, px);"
                            + "  if (px < " + SMALLEST_TEXT + ") out.small.push(t.textContent.slice(0, 40) + ' ' + px.toFixed(1) + 'px');"
                            + "  const r = t.getBoundingClientRect();"
                            + "  if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.outside.push(t.textContent.slice(0, 40));"
                            + " }"
                            + " const zero = svg.querySelector('.chart-zero');"
                            + " const x0 = zero ? zero.getBoundingClientRect().left : NaN;"
                            + " for (const bar of svg.querySelectorAll('rect.chart-bar')) {"
                            + "  out.bars++;"
                            + "  const r = bar.getBoundingClientRect();"
                            + "  if (!(Math.abs(r.left - x0) < 1)) out.offZero.push(bar.parentElement.getAttribute('href') + ' ' + r.left.toFixed(1) + ' vs ' + x0);"
                            + " }"
                            + "}"
                            + "out.wide = document.documentElement.scrollWidth > document.documentElement.clientWidth;"
                            + "return out;");
            SIZES.add(width + " px wide: smallest chart text " + found.get("smallest") + " CSS px, " + found.get("texts") + " texts, "
                    + found.get("bars") + " bars");
            assertTrue(((Number) found.get("texts")).intValue() > 0 && ((Number) found.get("bars")).intValue() > 0,
                    "the figures page has charts: " + found);
            assertEquals(List.of(), found.get("small"), "chart text below " + SMALLEST_TEXT + " CSS px at " + width
                    + " px (smallest " + found.get("smallest") + ")");
            assertEquals(List.of(), found.get("outside"), "chart text outside its chart at " + width + " px");
            assertEquals(List.of(), found.get("offZero"), "bars that do not start at the axis's zero");
            assertEquals(false, found.get("wide"), "figures.html scrolls sideways at " + width + " px");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
