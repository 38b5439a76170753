package dossier.it;

import dossier.it.ServedSite.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full-page screenshot of every kind of page at a phone's width (390 CSS px) and a wide screen's
 * (1440), written to target/screenshots/KIND-WIDTH.png for people to look at. Each must be a real
 * picture of the whole page: as wide as the window, as tall as the page, and of a page that does
 * not scroll sideways.
 */
class ScreenshotsTest extends ShippedSiteInBrowser {
    static final Path OUT = Sites.PROJECT.resolve("target/screenshots");
    static final List<int[]> SIZES = List.of(new int[] {390, 844}, new int[] {1440, 900});
    /** One page of each kind; the longest article, so that its table of contents shows. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("home", "index.html");
        KINDS.put("article", "articles/2022-07-chip4-dilemma.html");
        KINDS.put("entity", "entities/gallium.html");
        KINDS.put("entities", "entities/index.html");
        KINDS.put("source", "sources/whitelist-2023-japan.html");
        KINDS.put("timeline", "timeline.html");
        KINDS.put("figures", "figures.html");
        KINDS.put("graph", "graph.html");
        KINDS.put("tags", "tags/index.html");
        KINDS.put("tag", "tags/japan.html");
        KINDS.put("corrections", "corrections.html");
        KINDS.put("page", "about.html");
    }


    @BeforeAll
    static void setUpThisClass() throws IOException {
        Files.createDirectories(OUT);
    }

    @Test
    void everyKindOfPageAtAPhonesWidthAndAWideScreens() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (int[] size : SIZES) {
            viewport(size[0], size[1], browser);
            for (Map.Entry<String, String> kind : KINDS.entrySet()) {
                browser.driver.get(site.base(Mode.HTTP) + kind.getValue());
                wrong.addAll(shoot(kind.getKey() + "-" + size[0], size[0]));
            }
            // search has no page of its own: its results, open over the home page
            browser.driver.get(site.base(Mode.HTTP) + "index.html");
            browser.driver.findElement(By.id("search-input")).sendKeys("gallium");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#search-results mark")).isEmpty());
            wrong.addAll(shoot("search-" + size[0], size[0]));
        }
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertEquals(List.of(), wrong);
    }

    /** The window's layout viewport set through DevTools: exactly this many CSS px, whatever the window frame. */
    static void viewport(int width, int height, Browser browser) {
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Writes the whole page as KIND-WIDTH.png and says what is wrong with it, if anything. */
    private static List<String> shoot(String name, int width) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) browser.js(
                "const d = document.documentElement;"
                        + "return {scroll: d.scrollWidth, client: d.clientWidth, height: d.scrollHeight};");
        int height = ((Number) page.get("height")).intValue();
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = (Map<String, Object>) browser.driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        Files.write(OUT.resolve(name + ".png"), png);
        List<String> wrong = new ArrayList<>();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            wrong.add(name + ": not a " + width + " by " + height + " picture");
        }
        if (height <= 0) {
            wrong.add(name + ": an empty page");
        }
        if (((Number) page.get("scroll")).intValue() > ((Number) page.get("client")).intValue()) {
            wrong.add(name + ": scrolls sideways (" + page.get("scroll") + " > " + page.get("client") + ")");
        }
        if (image != null && oneColour(image)) {
            wrong.add(name + ": a picture of one colour");
        }
        browser.takeConsoleErrors();
        browser.takeRequests();
        return wrong;
    }

    private static boolean oneColour(BufferedImage image) {
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                if (image.getRGB(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void everyKindIsAPageOfTheSite() {
        for (String file : KINDS.values()) {
            assertTrue(Files.isRegularFile(site.copy.resolve(file)), file);
        }
    }
}
