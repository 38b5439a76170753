package dossier.serve;

import dossier.text.Markup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dossier.build.Build;
import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code dossier serve}: bakes a site into a private folder, serves it on a local HTTP port, and
 * re-bakes in this process whenever content/, templates/, assets/ or jbake.properties change.
 *
 * <p>Every bake goes into a new generation folder ({@code site-1}, {@code site-2}, …) inside a
 * private temporary folder, and the server switches to it in one step only when it succeeded: a
 * failed bake leaves the last good site served, a request never sees a half-written site, and
 * deleted or renamed pages are gone from the next generation. The generation before the current
 * one is kept until the next success, for requests still reading it.
 *
 * <p>Open pages learn about builds over server-sent events (see {@link ReloadScript}); the script
 * is added to HTML responses as they are sent, never to the files.
 */
public final class DevServer implements AutoCloseable {
    /** Watched folders of the site, recursively. */
    public static final Set<String> WATCHED_FOLDERS = Set.of("content", "templates", "assets");
    /** Watched files of the site folder. */
    public static final Set<String> WATCHED_FILES = Set.of("jbake.properties");
    static final Duration QUIET = Duration.ofMillis(30);
    static final Duration MAX_DELAY = Duration.ofSeconds(1);
    private static final String INTERNAL = "/__dossier/";

    /**
     * @param port   0 for any free port
     * @param drafts publish drafts too, marked as such (a bake never does)
     */
    public record Settings(Path siteRoot, String host, int port, boolean drafts) {
        public Settings(Path siteRoot, String host, int port) {
            this(siteRoot, host, port, false);
        }
    }

    /**
     * What is served and how the last bake went.
     *
     * @param build       the token of the generation being served ("" when none has baked yet)
     * @param site        the folder being served, or null when no bake has succeeded
     * @param ok          whether the most recent bake succeeded
     * @param diagnostics the most recent bake's diagnostics
     */
    private record State(String build, Path site, boolean ok, List<Diagnostic> diagnostics, String summary, long errors) {
    }

    private final Path siteRoot;
    private final boolean drafts;
    private final Path work;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicInteger generations = new AtomicInteger();
    private final AtomicReference<State> state = new AtomicReference<>(new State("", null, false, List.of(), "", 0));
    private final EventHub hub = new EventHub();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final String host;
    private final boolean loopback;
    private final HttpServer http;
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "dossier-http");
        thread.setDaemon(true);
        return thread;
    });
    /** Held while starting and while a bake runs: closing waits for it, so it never deletes a folder being written. */
    private final ReentrantLock baking = new ReentrantLock();
    private volatile TreeWatcher watcher;
    private Path retired; // the previous generation, deleted after the next good bake
    /**
     * What each bake leaves for the next: unchanged pages are neither parsed nor rendered again.
     * The first starts from the last {@code bake}'s build cache when there is one (read, never
     * written: the previews live in a folder that is gone when serve stops).
     */
    private final Build.Memo memo;

    private DevServer(Path siteRoot, boolean drafts, String host, HttpServer http, Path work, PrintWriter out, PrintWriter err) {
        this.siteRoot = siteRoot;
        this.drafts = drafts;
        this.host = host;
        this.http = http;
        this.loopback = http.getAddress().getAddress().isLoopbackAddress();
        this.work = work;
        this.out = out;
        this.err = err;
        this.memo = dossier.build.BuildCache.of(siteRoot).load().map(Build.Memo::forServe).orElseGet(Build.Memo::new);
    }

    /**
     * {@link #open} then {@link #start}: returns once the site is being served (also when the first
     * bake failed: pages then show its errors).
     */
    public static DevServer start(Settings settings, PrintWriter out, PrintWriter err) throws IOException {
        DevServer server = open(settings, out, err);
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Binds the port (so a taken port fails before any work) and creates the private folder; serves
     * nothing yet. From here on {@link #close()} cleans up, so a shutdown hook can be installed.
     *
     * @throws java.net.BindException        when the port is taken (or not allowed)
     * @throws java.net.UnknownHostException when the host is unknown
     */
    public static DevServer open(Settings settings, PrintWriter out, PrintWriter err) throws IOException {
        Path root = settings.siteRoot().toAbsolutePath().normalize();
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(settings.host()), settings.port());
        HttpServer http = HttpServer.create(address, 0);
        try {
            return new DevServer(root, settings.drafts(), settings.host(), http, Files.createTempDirectory("dossier-serve-"), out, err);
        } catch (IOException | RuntimeException e) {
            http.stop(0);
            throw e;
        }
    }

    /**
     * Starts watching, bakes, then starts serving and re-baking; returns once the site is served.
     *
     * @return false when the server was closed first (nothing is served)
     */
    public boolean start() throws IOException {
        baking.lock(); // closing waits until the server is either fully started or not started at all
        try {
            if (closed.get()) {
                return false;
            }
            // watches are registered before the first bake: a save during it triggers a re-bake
            watcher = new TreeWatcher(siteRoot, WATCHED_FOLDERS, WATCHED_FILES, QUIET, MAX_DELAY, this::rebuild);
            bake(null);
            http.setExecutor(pool);
            http.createContext("/", this::handle);
            if (closed.get()) {
                return false; // Ctrl-C during the first bake: close() is waiting for it
            }
            http.start();
            watcher.start();
            return true;
        } finally {
            baking.unlock();
        }
    }

    /** The address pages are served at, e.g. http://127.0.0.1:8820/. */
    public URI uri() {
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The folder currently served (a private generation folder), or empty before a first good bake. */
    public Optional<Path> siteFolder() {
        return Optional.ofNullable(state.get().site());
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    // ---------------------------------------------------------------- baking

    /** A re-bake on the watcher's thread, unless the server is closing. */
    private void rebuild(Changes changes) {
        baking.lock();
        try {
            if (!closed.get()) {
                bake(changes);
            }
        } finally {
            baking.unlock();
        }
    }

    /**
     * What a crashed rebuild shows: what happened in words, that the last good site stays up, and
     * how to find the file ('check' names the position of every limit content can pass). Not a
     * Java class name at jbake.properties:1:1, which would send the editor to the wrong file.
     */
    static Diagnostic crash(Throwable e) {
        String what = e instanceof StackOverflowError ? "some content is nested too deeply to process"
                : e instanceof OutOfMemoryError ? "it ran out of memory"
                : "of a bug in dossier (" + e.getClass().getSimpleName() + ")";
        return Diagnostic.error("internal-error", "content", Position.START, "the rebuild stopped because " + what
                + "; the last good site stays up").withHint("run 'dossier check' to find the file, and please report it"
                + " (DOSSIER_DEBUG=1 shows where it stopped)");
    }

    /** @param changes what the watcher saw change, or null for the first bake */
    private void bake(Changes changes) {
        boolean first = changes == null;
        long start = System.nanoTime();
        Path target = work.resolve("site-" + generations.incrementAndGet());
        Report report;
        try {
            report = new Build(memo).run(Build.Options.preview(siteRoot, target, drafts)).report();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            report = new Report();
            report.add(crash(e));
            if (System.getenv("DOSSIER_DEBUG") != null) {
                e.printStackTrace(err);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<Diagnostic> diagnostics = report.diagnostics();
        long errors = report.count(Severity.ERROR);
        State previous = state.get();
        boolean good = errors == 0 && Files.isDirectory(target);
        if (first) {
            printAll(diagnostics, report.summary());
        } else {
            // what the edit did: which file, how long, and only the problems it added or removed
            RebuildLog.Outcome outcome = good ? RebuildLog.Outcome.REBUILT
                    : previous.site() != null ? RebuildLog.Outcome.FAILED_SERVING_LAST : RebuildLog.Outcome.FAILED_NOTHING_SERVED;
            RebuildLog.print(outcome, changes, took, DiagnosticDelta.between(previous.diagnostics(), diagnostics), report.summary(),
                    !diagnostics.isEmpty(), out, err);
        }
        if (good) {
            State next = new State(instance + "-" + generations.get(), target, true, diagnostics, report.summary(), 0);
            state.set(next);
            hub.broadcast("reload", status(next));
            if (retired != null) {
                deleteQuietly(retired);
            }
            retired = previous.site();
        } else {
            deleteQuietly(target); // normally never created: a failed bake writes nothing
            State next = new State(previous.build(), previous.site(), false, diagnostics, report.summary(), Math.max(errors, 1));
            state.set(next);
            if (first) {
                String count = next.errors() + " error" + (next.errors() == 1 ? "" : "s");
                err.println("bake failed: " + count + " (open pages show them until the site bakes)");
                err.flush();
            }
            hub.broadcast("build-error", status(next));
        }
    }

    /** The first bake's report: every diagnostic, then the summary. */
    private void printAll(List<Diagnostic> diagnostics, String summary) {
        synchronized (err) {
            for (Diagnostic d : diagnostics) {
                err.println(d.format());
            }
            if (!diagnostics.isEmpty()) {
                err.println(summary);
            }
            err.flush();
        }
    }

    /**
     * The overlay's order: errors first (they are why the site did not rebuild), then warnings,
     * each by path, line and column.
     */
    static final Comparator<Diagnostic> OVERLAY_ORDER = Comparator.comparing(Diagnostic::severity).thenComparing(Diagnostic.ORDER);

    /** The status as sent to pages: {"build", "ok", "served", "summary", "errors", "diagnostics"}. */
    private static String status(State s) {
        return "{\"build\":" + Json.quote(s.build()) + ",\"ok\":" + s.ok() + ",\"served\":" + (s.site() != null)
                + ",\"summary\":" + Json.quote(s.summary()) + ",\"errors\":" + s.errors()
                + ",\"diagnostics\":" + Json.diagnostics(s.ok() ? List.of() : overlay(s.diagnostics())) + "}";
    }

    /** The diagnostics in {@link #OVERLAY_ORDER}. */
    static List<Diagnostic> overlay(List<Diagnostic> diagnostics) {
        return diagnostics.stream().sorted(OVERLAY_ORDER).toList();
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        boolean streaming = false;
        try {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "Method not allowed: this server only reads.\n", false);
                return;
            }
            if (loopback && !namesThisComputer(exchange.getRequestHeaders().getFirst("Host"), host)) {
                sendText(exchange, 400, "This server only answers requests addressed to " + host
                        + " or localhost (a page on another site may be trying to read it through DNS rebinding).\n", head);
                return;
            }
            URI uri = exchange.getRequestURI();
            String raw = uri.getRawPath();
            if (uri.getScheme() != null || uri.getRawAuthority() != null || raw == null) {
                sendText(exchange, 400, "Bad request target.\n", head);
                return;
            }
            if (raw.startsWith(INTERNAL)) {
                streaming = internal(exchange, raw.substring(INTERNAL.length()), head);
                return;
            }
            Optional<RequestPath> request = RequestPath.parse(raw);
            if (request.isEmpty()) {
                sendText(exchange, 400, "Bad request path.\n", head);
                return;
            }
            State current = state.get();
            if (current.site() == null) {
                sendHtml(exchange, 503, page("The site has errors", "The site has not baked yet: fix the errors shown below"
                        + " (and in the terminal) and this page reloads by itself."), current, head);
                return;
            }
            StaticFiles.Resolution found = StaticFiles.resolve(current.site(), request.get());
            if (found instanceof StaticFiles.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                sendText(exchange, 301, "Moved to " + redirect.location() + "\n", head);
            } else if (found instanceof StaticFiles.Found file) {
                sendFile(exchange, file.file(), current, head);
            } else {
                notFound(exchange, raw, current, head);
            }
        } finally {
            if (!streaming) {
                exchange.close();
            }
        }
    }

    /**
     * On a loopback address, only requests whose Host names this computer are answered: a page on
     * another site could otherwise read the server through a domain that resolves to 127.0.0.1
     * (DNS rebinding). Bound to another address (--host), any Host is accepted. No name is looked up.
     *
     * @param hostHeader the request's Host header (null: none, as from an HTTP/1.0 client: accepted)
     * @param host       the host the server was started with
     */
    static boolean namesThisComputer(String hostHeader, String host) {
        if (hostHeader == null) {
            return true;
        }
        String name = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(1, end);
        } else if (name.indexOf(':') == name.lastIndexOf(':') && name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || name.equals(host.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return name.matches("127(\\.\\d{1,3}){3}") || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1");
    }

    /** The server's own endpoints; true when the exchange became an event stream (it closes itself). */
    private boolean internal(HttpExchange exchange, String name, boolean head) throws IOException {
        switch (name) {
            case "events" -> {
                if (head) {
                    exchange.getResponseHeaders().set("Content-Type", ContentTypes.EVENT_STREAM);
                    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                    exchange.sendResponseHeaders(200, -1);
                    return false;
                }
                hub.stream(exchange, () -> status(state.get()));
                return true;
            }
            case "status" -> {
                send(exchange, 200, ContentTypes.JSON, (status(state.get()) + "\n").getBytes(StandardCharsets.UTF_8), head);
                return false;
            }
            default -> {
                sendText(exchange, 404, "Not found.\n", head);
                return false;
            }
        }
    }

    private void sendFile(HttpExchange exchange, Path file, State current, boolean head) throws IOException {
        String type = ContentTypes.of(extension(file.getFileName().toString()));
        try {
            if (ContentTypes.isHtml(type)) {
                send(exchange, 200, type, ReloadScript.inject(Files.readAllBytes(file), current.build()), head);
                return;
            }
            long size = Files.size(file);
            headers(exchange, type);
            exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
            if (head) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            // read before the headers go out, so a vanished file can still become a 404
            try (var in = Files.newInputStream(file)) {
                exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
                try (OutputStream body = exchange.getResponseBody()) {
                    in.transferTo(body);
                }
            }
        } catch (NoSuchFileException e) {
            exchange.getResponseHeaders().remove("Content-Length");
            notFound(exchange, file.getFileName().toString(), current, head);
        }
    }

    private void notFound(HttpExchange exchange, String rawPath, State current, boolean head) throws IOException {
        sendHtml(exchange, 404, page("Not found", "Nothing in the site at " + Markup.escape(rawPath)
                + ". <a href=\"/\">Go to the home page</a>."), current, head);
    }

    private void sendHtml(HttpExchange exchange, int status, String html, State current, boolean head) throws IOException {
        send(exchange, status, ContentTypes.HTML, ReloadScript.inject(html.getBytes(StandardCharsets.UTF_8), current.build()), head);
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, ContentTypes.TEXT, text.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
        headers(exchange, type);
        if (head || body.length == 0) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void headers(HttpExchange exchange, String type) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    }

    private static String page(String title, String paragraph) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Markup.escape(title)
                + "</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em}</style>\n"
                + "</head>\n<body>\n<h1>" + Markup.escape(title) + "</h1>\n<p>" + paragraph + "</p>\n</body>\n</html>\n";
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- shutdown

    /** Stops watching (waiting for a bake under way), ends the event streams, stops serving, deletes the private folder. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        boolean locked = false;
        try {
            TreeWatcher w = watcher;
            if (w != null) {
                w.close(Duration.ofSeconds(10)); // no new re-bakes; waits for one under way
            }
            locked = baking.tryLock(10, TimeUnit.SECONDS); // the first bake, if start() is still in it
            TreeWatcher late = watcher; // created by a start() that was under way
            if (late != null && late != w) {
                late.close(Duration.ZERO);
            }
            hub.close();
            http.stop(0);
            pool.shutdownNow();
            deleteQuietly(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            http.stop(0);
            deleteQuietly(work);
        } finally {
            if (locked) {
                baking.unlock();
            }
            stopped.countDown();
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        // leftovers of a temporary folder are harmless (the system cleans its temp folder): no error is raised
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                    delete(dir);
                    return FileVisitResult.CONTINUE;
                }

                private void delete(Path path) {
                    try {
                        Files.deleteIfExists(path); // a symbolic link is deleted, never followed
                    } catch (IOException ignored) {
                        // left behind
                    }
                }
            });
        } catch (IOException ignored) {
            // left behind
        }
    }
}
