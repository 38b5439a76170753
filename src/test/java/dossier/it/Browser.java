package dossier.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through its chromedriver, one per test class. Reads the
 * console and, from chromedriver's performance log (the DevTools Network events), every request
 * the pages made: no CDP bindings needed, so any Chromium version works.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final Path profile;
    private final List<String> console = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();

    /** A request a page made; {@code failure} is null when it succeeded. */
    record Request(String url, String failure) {
    }

    private Browser(boolean javascript) {
        // Selenium warns that it has no CDP bindings for this Chromium; we need none
        SELENIUM.setLevel(Level.SEVERE);
        try {
            profile = Files.createTempDirectory("dossier-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        // a headless window may not have the system's focus (Chromium 150 on a loaded machine): without
        // it, element.focus() moves document.activeElement but fires no focus events, which previews open on
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
        // what the browser's own start page did is not the site's doing
        driver.get("about:blank");
        drainLogs();
        console.clear();
        requests.clear();
    }

    /**
     * Starts a browser, or skips the calling test class with the reason when Chromium is not
     * installed here. CI must run these tests, so there a missing browser is a failure.
     */
    static Browser startOrSkip(boolean javascript) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI must run the browser tests, but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (.ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "Browser tests skipped: they need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        return new Browser(javascript);
    }

    static Browser startOrSkip() {
        return startOrSkip(true);
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Console messages of level SEVERE (script errors, failed loads) since the last call. */
    List<String> takeConsoleErrors() {
        drainLogs();
        List<String> taken = List.copyOf(console);
        console.clear();
        return taken;
    }

    /** Every request the pages made since the last call. */
    List<Request> takeRequests() {
        drainLogs();
        List<Request> taken = List.copyOf(requests);
        requests.clear();
        return taken;
    }

    /** Chromedriver hands each log entry out once: collect them as they come. */
    private void drainLogs() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                console.add(entry.getMessage());
            }
        }
        Map<String, String> urls = new HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = read(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            String id = params.path("requestId").asText();
            switch (message.path("method").asText()) {
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    urls.put(id, url);
                    requests.add(new Request(url, null));
                }
                case "Network.loadingFailed" -> requests.add(new Request(urls.getOrDefault(id, "?"), params.path("errorText").asText()));
                case "Network.responseReceived" -> {
                    int status = params.path("response").path("status").asInt();
                    if (status >= 400) {
                        requests.add(new Request(params.path("response").path("url").asText(), "HTTP " + status));
                    }
                }
                default -> {
                }
            }
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
