package dossier.it;

import dossier.build.Build;
import dossier.diag.Diagnostic;
import dossier.serve.DevServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code serve} end to end, without a browser: the server runs in this JVM on a free port over a
 * copy of the minimal fixture; pages are fetched with HttpClient, odd request targets are sent
 * byte for byte over a socket, and the event stream is read like EventSource reads it.
 */
class ServeTest {
    /** Generous: a re-bake takes well under a second, but CI machines can be slow. */
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SCRIPT_MARK = "data-dossier-serve";

    @TempDir
    Path tmp;
    Path site;
    DevServer server;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(WAIT).followRedirects(HttpClient.Redirect.NEVER).build();
    final List<Events> streams = new ArrayList<>();

    @BeforeEach
    void copySite() {
        site = Sites.fixture("minimal", tmp);
    }

    @AfterEach
    void stop() {
        streams.forEach(Events::close);
        if (server != null) {
            server.close();
        }
    }

    private DevServer start() throws IOException {
        server = DevServer.start(new DevServer.Settings(site, "127.0.0.1", 0), new PrintWriter(out, true), new PrintWriter(err, true));
        return server;
    }

    // ------------------------------------------------------------------ tests

    @Test
    void servesTheSiteWithTheReloadScriptWhichIsNeverWrittenToDisk() throws Exception {
        start();
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(home.body().contains("Minimal dossier"), home.body());
        int script = home.body().indexOf("<script " + SCRIPT_MARK + ">");
        assertTrue(script > 0, "the reload script is injected");
        assertTrue(home.body().indexOf("</body>") > script, "before </body>");
        assertTrue(home.body().contains("/__dossier/events"));

        Path folder = server.siteFolder().orElseThrow();
        assertFalse(folder.startsWith(site), "baked into a private folder, not into the site");
        assertFalse(Files.exists(site.resolve("target")), "target/site is left alone");
        try (var beside = Files.list(folder.getParent())) {
            assertTrue(beside.noneMatch(p -> p.getFileName().toString().endsWith(".zip")), "no offline zip: nothing serves it");
        }
        for (String file : Sites.files(folder)) {
            if (file.endsWith(".html")) {
                assertFalse(Files.readString(folder.resolve(file)).contains(SCRIPT_MARK), file + " on disk has no script");
            }
        }
        assertEquals("", err.toString(), "a clean start prints nothing on stderr");

        server.close();
        assertFalse(Files.exists(folder), "closing deletes the private folder");
        assertFalse(Files.exists(folder.getParent()));
    }

    @Test
    void draftsArePreviewedOnlyWithDraftsAndMarkedAsSuch() throws Exception {
        Files.writeString(site.resolve("content/notes.md"), "---\ntitle: \"Working notes\"\ndraft: true\n---\nUnfinished [@minimal-source, ¶1].\n");
        start();
        assertEquals(404, get("/notes.html").statusCode(), "a plain serve leaves drafts out, as a bake does");
        server.close();

        server = DevServer.start(new DevServer.Settings(site, "127.0.0.1", 0, true), new PrintWriter(out, true), new PrintWriter(err, true));
        HttpResponse<String> draft = get("/notes.html");
        assertEquals(200, draft.statusCode());
        org.jsoup.nodes.Element banner = org.jsoup.Jsoup.parse(draft.body()).selectFirst("main > p.draft-banner");
        assertNotNull(banner, "the draft says it is one");
        assertTrue(banner.text().startsWith("Draft."), banner.text());
        assertNull(org.jsoup.Jsoup.parse(get("/about.html").body()).selectFirst(".draft-banner"), "published pages carry no banner");
    }

    @Test
    void anEditReBakesAndReloadsOpenPages() throws Exception {
        start();
        Events events = events();
        String hello = events.next("hello");
        String build = buildOf(get("/about.html").body());
        assertTrue(hello.contains("\"build\":\"" + build + "\""), "the page knows the build it came from: " + hello);

        Files.writeString(site.resolve("content/about.md"), "---\ntitle: \"About\"\nnav: \"About\"\n---\nRewritten while serving.\n");
        events.until("reload", () -> get("/about.html").body().contains("Rewritten while serving."));

        assertTrue(out.toString().lines().anyMatch(l -> l.matches("rebuilt after content/about\\.md changed: \\d+\\.\\d\\d s")), out.toString());
        assertFalse(buildOf(get("/about.html").body()).equals(build), "a new build token");
    }

    @Test
    void aFailedReBakeShowsTheErrorAndKeepsTheLastGoodSite() throws Exception {
        start();
        Events events = events();
        events.next("hello");
        String good = get("/articles/trade-status.html").body();

        Path article = site.resolve("content/articles/trade-status.md");
        String original = Files.readString(article);
        saveAtomically(article, original.replace("on Monday", "on Friday"));
        Diagnostic expected = diagnosticsOf(site).get(0);
        assertTrue(expected.headline().startsWith("content/articles/trade-status.md:9:3: error: excerpt is not verbatim"), expected.headline());

        String error = events.next("build-error", data -> data.contains(expected.headline()));
        assertTrue(error.contains("\"headline\":\"" + expected.headline() + "\""), error);
        assertTrue(error.contains("\"ok\":false"), error);
        assertTrue(err.toString().contains(expected.format()), "the terminal shows it as bake does: " + err);
        assertTrue(err.toString().lines().anyMatch(l -> l.startsWith("rebuild failed after content/articles/trade-status.md changed: ")
                && l.endsWith(" s (serving the last good site)")), err.toString());
        assertEquals(good, get("/articles/trade-status.html").body(), "the last good page is still served");

        Events late = events();
        String lateHello = late.next("hello");
        assertTrue(lateHello.contains("\"ok\":false") && lateHello.contains(expected.headline()),
                "a page opened while the site is broken gets the errors too: " + lateHello);

        saveAtomically(article, original);
        events.next("reload");
        late.next("reload");
        assertTrue(get("/articles/trade-status.html").body().contains("on Monday"));
        HttpResponse<String> status = get("/__dossier/status");
        assertTrue(status.body().contains("\"ok\":true") && status.body().contains("\"diagnostics\":[]"), status.body());
    }

    @Test
    void aRebuildNamesTheFileAndPrintsOnlyTheProblemsItMadeOrFixed() throws Exception {
        Files.writeString(site.resolve("content/a-draft.md"), "---\ntitle: \"Notes\"\ndraft: true\n---\nUnfinished [@minimal-source, ¶1].\n");
        start();
        String draft = diagnosticsOf(site).get(0).headline();
        assertTrue(draft.startsWith("content/a-draft.md:1:1: warning: draft"), draft);
        assertTrue(err.toString().contains(draft + "\n0 errors, 1 warning\n"), "the first bake prints everything: " + err);

        // break it: only the new error is printed, not the warning it already showed
        Path article = site.resolve("content/articles/trade-status.md");
        String original = Files.readString(article);
        int mark = err.toString().length();
        saveAtomically(article, original.replace("on Monday", "on Friday"));
        Diagnostic broken = diagnosticsOf(site).stream().filter(d -> d.code().equals("excerpt-mismatch")).findFirst().orElseThrow();
        assertEquals(List.of("rebuild failed after content/articles/trade-status.md changed: <time> (serving the last good site)",
                        broken.format(), "1 error, 1 warning (1 new)"),
                rebuildAfter(mark, "1 error, 1 warning ("));

        String status = get("/__dossier/status").body();
        int error = status.indexOf("\"severity\":\"error\"");
        int warning = status.indexOf("\"severity\":\"warning\"");
        assertTrue(error > 0 && warning > error, "the overlay lists the error before the warning of a path before it: " + status);

        // a line added above moves the error: the same error, not one fixed and one new
        mark = err.toString().length();
        saveAtomically(article, original.replace("on Monday", "on Friday").replace("\n---\n", "\n---\nA new first paragraph.\n\n"));
        assertEquals(List.of("rebuild failed after content/articles/trade-status.md changed: <time> (serving the last good site)",
                "1 error, 1 warning (unchanged)"), rebuildAfter(mark, "1 error, 1 warning ("));
        Diagnostic moved = diagnosticsOf(site).stream().filter(d -> d.code().equals("excerpt-mismatch")).findFirst().orElseThrow();
        assertEquals(broken.position().line() + 2, moved.position().line(), moved.headline());

        // fix it: reported fixed, where it last was
        int outMark = out.toString().length();
        mark = err.toString().length();
        saveAtomically(article, original);
        assertEquals(List.of("fixed: " + moved.headline(), "0 errors, 1 warning (1 fixed)"), rebuildAfter(mark, "0 errors, 1 warning ("));
        assertTrue(out.toString().substring(outMark).matches("(?s)rebuilt after content/articles/trade-status\\.md changed: \\d+\\.\\d\\d s\\R"),
                out.toString().substring(outMark));

        // a new page and a deleted one are named as such
        mark = out.toString().length();
        Files.delete(site.resolve("content/a-draft.md"));
        awaitOutput(out, mark, "rebuilt after content/a-draft.md was deleted: ");
    }

    /**
     * The lines a rebuild printed on stderr after {@code mark}, once its summary line (starting
     * with {@code summary}) is there; the time in the header replaced by {@code <time>}.
     */
    private List<String> rebuildAfter(int mark, String summary) throws InterruptedException {
        String printed = awaitOutput(err, mark, "\n" + summary);
        return printed.lines().map(l -> l.replaceFirst(": \\d+\\.\\d\\d s", ": <time>")).toList()
                .stream().reduce(new ArrayList<String>(), (lines, l) -> {
                    // hints are indented lines of the diagnostic above them
                    if (l.startsWith("    ") && !lines.isEmpty()) {
                        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n" + l);
                    } else {
                        lines.add(l);
                    }
                    return lines;
                }, (a, b) -> a);
    }

    /** What was printed after {@code mark}, once it holds {@code text} and ends a line after it (polls, generously). */
    private static String awaitOutput(StringWriter writer, int mark, String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.multipliedBy(3).toNanos();
        while (System.nanoTime() < deadline) {
            String printed = writer.toString().substring(mark).replace("\r\n", "\n");
            int at = printed.indexOf(text);
            if (at >= 0 && printed.indexOf('\n', at + 1) >= 0) {
                return printed.substring(0, printed.indexOf('\n', at + 1) + 1);
            }
            Thread.sleep(50);
        }
        return fail("nothing printed with '" + text + "' within " + WAIT.multipliedBy(3).toSeconds() + " s; printed: " + writer.toString().substring(mark));
    }

    @Test
    void deletedAndRenamedPagesDisappear() throws Exception {
        start();
        Events events = events();
        events.next("hello");
        assertEquals(200, get("/about.html").statusCode());

        Files.delete(site.resolve("content/about.md"));
        events.until("reload", () -> get("/about.html").statusCode() == 404);
        HttpResponse<String> missing = get("/about.html");
        assertEquals("text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(missing.body().contains("Not found") && missing.body().contains(SCRIPT_MARK), missing.body());

        // a page in a folder created while serving (the watcher registers new folders), then renamed
        Path guides = Files.createDirectories(site.resolve("content/guides"));
        Files.writeString(guides.resolve("first.md"), "---\ntitle: \"First\"\n---\nA guide.\n");
        events.until("reload", () -> get("/guides/first.html").statusCode() == 200);
        Files.move(guides.resolve("first.md"), guides.resolve("second.md"));
        events.until("reload", () -> get("/guides/second.html").statusCode() == 200);
        assertEquals(404, get("/guides/first.html").statusCode());
    }

    @Test
    void requestsCannotReachFilesOutsideTheServedFolder() throws Exception {
        start();
        Path folder = server.siteFolder().orElseThrow();
        String secret = Files.readString(site.resolve("jbake.properties"));
        String marker = "template.home.file";
        assertTrue(secret.contains(marker));
        // the file a traversal would reach from the served folder
        Files.writeString(folder.getParent().resolve("jbake.properties"), secret);

        String absolute = site.resolve("jbake.properties").toString().replace('\\', '/');
        List<String> targets = new ArrayList<>(List.of(
                "/../jbake.properties",
                "/%2e%2e/jbake.properties",
                "/%2E%2E%2Fjbake.properties",
                "/..%2fjbake.properties",
                "/%2f../jbake.properties",
                "/css/..%5c..%5cjbake.properties",
                "/css/../../jbake.properties",
                "/css/%2e%2e/%2e%2e/jbake.properties",
                "/..\\jbake.properties",
                "/jbake.properties%00.html",
                "http://127.0.0.1:" + server.port() + "/../jbake.properties",
                "//" + absolute.replaceFirst("^/", ""),
                (absolute.startsWith("/") ? "" : "/") + absolute,
                "/" + absolute.replace("/", "%2F"),
                "/%c0%ae%c0%ae/jbake.properties"));
        for (String target : targets) {
            RawResponse response = raw("GET", target);
            assertTrue(response.status() == 400 || response.status() == 404, target + " -> " + response.status());
            assertFalse(response.body().contains(marker), target + " leaked the file");
        }

        try {
            Files.createSymbolicLink(folder.resolve("leak.txt"), site.resolve("jbake.properties"));
            Files.createSymbolicLink(folder.resolve("up"), site);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        for (String target : List.of("/leak.txt", "/up/jbake.properties", "/up/")) {
            RawResponse response = raw("GET", target);
            assertEquals(404, response.status(), target);
            assertFalse(response.body().contains(marker), target + " leaked the file");
        }
    }

    @Test
    void onlyGetAndHeadAreAnsweredWithTheRightTypes() throws Exception {
        Files.createDirectories(site.resolve("assets/img"));
        Files.writeString(site.resolve("assets/img/dot.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        start();

        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> response = http.send(request("/about.html").method(method, HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, response.statusCode(), method);
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElseThrow(), method);
        }
        assertEquals(405, raw("TRACE", "/").status());

        HttpResponse<String> get = get("/about.html");
        HttpResponse<String> head = http.send(request("/about.html").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElseThrow(), "HEAD announces GET's length");
        RawResponse rawHead = raw("HEAD", "/about.html");
        assertEquals(200, rawHead.status());
        assertEquals("", rawHead.body(), "HEAD sends no body");

        assertType("text/html; charset=utf-8", "/about.html");
        assertType("text/html; charset=utf-8", "/");
        assertType("text/css; charset=utf-8", "/css/dossier.css");
        assertType("image/svg+xml; charset=utf-8", "/img/dot.svg");
        assertFalse(get("/img/dot.svg").body().contains(SCRIPT_MARK), "only HTML gets the script");

        HttpResponse<String> folder = get("/css");
        assertEquals(301, folder.statusCode());
        assertEquals("/css/", folder.headers().firstValue("Location").orElseThrow());
        assertEquals(404, get("/css/").statusCode(), "no folder listings");
        assertEquals(404, get("/no-such-page.html").statusCode());
    }

    @Test
    void pagesOfOtherSitesCannotReadItThroughDnsRebinding() throws Exception {
        start();
        RawResponse rebound = raw("GET", "/about.html", "attacker.example:" + server.port());
        assertEquals(400, rebound.status());
        assertFalse(rebound.body().contains("About"));
        assertEquals(200, raw("GET", "/about.html", "localhost:" + server.port()).status());
    }

    @Test
    void aSiteThatFailsItsFirstBakeShowsTheErrorsUntilFixed() throws Exception {
        Path article = site.resolve("content/articles/trade-status.md");
        String original = Files.readString(article);
        Files.writeString(article, original.replace("on Monday", "on Friday"));
        start();
        assertTrue(server.siteFolder().isEmpty());
        assertTrue(err.toString().contains("bake failed: 1 error"), err.toString());
        HttpResponse<String> home = get("/");
        assertEquals(503, home.statusCode());
        assertTrue(home.body().contains(SCRIPT_MARK));
        Events events = events();
        String hello = events.next("hello");
        assertTrue(hello.contains("\"ok\":false") && hello.contains("\"served\":false") && hello.contains("excerpt-mismatch"), hello);

        saveAtomically(article, original);
        events.next("reload");
        assertEquals(200, get("/").statusCode());
    }

    @Test
    void aTakenPortIsAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.run("serve", "--site", site.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("--port: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), run.err());
        }
        assertEquals(2, CliRun.run("serve", "--site", tmp.resolve("nowhere").toString()).exit());
    }

    // ------------------------------------------------------------------ helpers

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(WAIT);
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertType(String expected, String path) {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(expected, response.headers().firstValue("Content-Type").orElseThrow(), path);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
    }

    private static String buildOf(String html) {
        Matcher m = Pattern.compile("var page = \"([A-Za-z0-9-]*)\"").matcher(html);
        assertTrue(m.find(), "no build token in the page");
        return m.group(1);
    }

    /** What a check of the site reports: the diagnostics the server must pass on verbatim. */
    private static List<Diagnostic> diagnosticsOf(Path site) {
        return new Build().run(new Build.Options(site, null)).report().diagnostics();
    }

    /** Writes a file the way many editors save: a hidden temporary file renamed over the old one. */
    private static void saveAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    record RawResponse(int status, String head, String body) {
    }

    /** Sends a request line exactly as given (HttpClient would refuse or normalise some of these). */
    private RawResponse raw(String method, String target) throws IOException {
        return raw(method, target, "127.0.0.1");
    }

    private RawResponse raw(String method, String target, String hostHeader) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), server.port())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            assertTrue(end > 0, "no response to " + target + ": " + response);
            String head = response.substring(0, end);
            String body = response.substring(end + 4);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new RawResponse(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    private Events events() throws Exception {
        HttpResponse<InputStream> response = http.send(request("/__dossier/events").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        Events events = new Events(response.body());
        streams.add(events);
        return events;
    }

    /** An event stream read on its own thread, as EventSource would: name and data of each event. */
    static final class Events {
        record Event(String name, String data) {
        }

        private final InputStream in;
        private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
        private final List<Event> seen = new ArrayList<>();

        Events(InputStream in) {
            this.in = in;
            Thread reader = new Thread(this::read, "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            String name = "message";
            StringBuilder data = new StringBuilder();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    if (b != '\n') {
                        line.write(b);
                        continue;
                    }
                    String text = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    if (text.isEmpty()) {
                        if (data.length() > 0) {
                            queue.add(new Event(name, data.toString()));
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (text.startsWith("event: ")) {
                        name = text.substring(7);
                    } else if (text.startsWith("data: ")) {
                        data.append(data.length() > 0 ? "\n" : "").append(text.substring(6));
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }

        /** The data of the next event with this name (earlier events of other names are skipped). */
        String next(String wanted) throws InterruptedException {
            return next(wanted, data -> true);
        }

        String next(String wanted, Predicate<String> matching) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                Event event = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    fail("no '" + wanted + "' event within " + WAIT.toSeconds() + " s; saw " + seen);
                }
                seen.add(event);
                if (event.name().equals(wanted) && matching.test(event.data())) {
                    return event.data();
                }
            }
        }

        /**
         * Waits for events of this name until the condition holds: a save can reach the watcher as
         * more than one burst, so the first re-bake may not yet have seen all of it.
         */
        void until(String wanted, BooleanSupplier condition) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                String data = next(wanted);
                assertNotNull(data);
                if (condition.getAsBoolean()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    fail("condition not met after '" + wanted + "' events for " + WAIT.toSeconds() + " s; saw " + seen);
                }
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // gone
            }
        }
    }
}
