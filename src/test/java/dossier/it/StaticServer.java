package dossier.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A baked site served over HTTP on 127.0.0.1 by the JDK's own server, as a static host would serve
 * it (no dev-server script injected). Records every request it could not answer.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript",
            "svg", "image/svg+xml", "json", "application/json", "xml", "application/xml", "txt", "text/plain; charset=utf-8");
    private final Path root;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    /** The path the site is served under: "/" or, as on a host that publishes it in a folder, "/some/path/". */
    private final String basePath;

    StaticServer(Path root) {
        this(root, "/");
    }

    StaticServer(Path root, String basePath) {
        this.basePath = basePath;
        this.root = root.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    /** "http://127.0.0.1:PORT/" and the base path */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    /** Requests answered with an error status, as "STATUS PATH". */
    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            boolean inside = path.startsWith(basePath);
            Path file = root.resolve((inside ? path.substring(basePath.length()) : "") + (path.endsWith("/") ? "index.html" : "")).normalize();
            if (!exchange.getRequestMethod().equals("GET") || !inside || !file.startsWith(root) || !Files.isRegularFile(file)) {
                failures.add("404 " + path);
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
