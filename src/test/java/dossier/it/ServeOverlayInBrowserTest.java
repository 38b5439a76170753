package dossier.it;

import org.junit.jupiter.api.Tag;
import dossier.serve.DevServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The error overlay of {@code serve} as a browser draws it: errors first, then warnings, though
 * the warning's file sorts before the error's.
 */
@Tag("browser")
class ServeOverlayInBrowserTest {

    @Test
    void theOverlayListsErrorsBeforeWarnings(@TempDir Path tmp) throws Exception {
        Path site = Sites.fixture("minimal", tmp);
        Files.writeString(site.resolve("content/a-draft.md"), "---\ntitle: \"Notes\"\ndraft: true\n---\nUnfinished [@minimal-source, ¶1].\n");
        Path article = site.resolve("content/articles/trade-status.md");
        Files.writeString(article, Files.readString(article).replace("on Monday", "on Friday"));
        try (Browser browser = Browser.startOrSkip();
             DevServer server = DevServer.start(new DevServer.Settings(site, "127.0.0.1", 0),
                     new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true))) {
            browser.driver.get(server.uri().toString());
            WebElement overlay = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("dossier-serve-overlay")));
            List<String> items = overlay.findElements(By.cssSelector("li > div:first-child")).stream().map(WebElement::getText).toList();
            assertEquals(2, items.size(), items.toString());
            assertTrue(items.get(0).startsWith("content/articles/trade-status.md:9:3: error: excerpt is not verbatim"), items.toString());
            assertTrue(items.get(1).startsWith("content/a-draft.md:1:1: warning: draft"), items.toString());
            assertTrue(overlay.getText().startsWith("Bake failed: 1 error, 1 warning"), overlay.getText());
        }
    }
}
