package dossier.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the browser tests of the shipped dossier share: per test class, Chromium started (or the
 * class skipped where there is none) and the dossier baked, served over HTTP and copied for
 * file://; both closed after the class. Test classes run one after another, so the fields are
 * the running class's.
 */
@Tag("browser")
abstract class ShippedSiteInBrowser {
    @TempDir
    static Path tmp;
    static Browser browser;
    static ServedSite site;

    @BeforeAll
    static void startTheBrowserAndBakeTheShippedDossier() {
        browser = Browser.startOrSkip();
        site = ServedSite.bake(Sites.PROJECT, tmp);
    }

    @AfterAll
    static void closeTheSiteAndTheBrowser() {
        if (site != null) {
            site.close();
            site = null;
        }
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** No console error and no request that failed or left the site since the last call. */
    static void assertNoConsoleErrorsAndNoFailedOrOutsideRequests() {
        assertEquals(List.of(), browser.takeConsoleErrors(), "console errors");
        assertEquals(List.of(), browser.takeRequests().stream().filter(r -> r.failure() != null || !site.isLocal(r.url())).toList(),
                "failed requests, or requests leaving the site");
        assertEquals(List.of(), site.server.failures(), "requests the server could not answer");
    }
}
