package dossier.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server-sent event stream. Each open stream holds one HTTP worker thread that waits on its
 * own queue; a broadcast puts the event on every queue. A comment line every few seconds finds
 * streams whose browser has gone.
 */
final class EventHub {
    /** More open tabs than this get 503: each stream holds a thread. */
    static final int MAX_CLIENTS = 64;
    private static final long PING_SECONDS = 15;
    private static final String CLOSE = "";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** One SSE event; the data must be a single line (JSON from {@link Json} is). */
    static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    void broadcast(String name, String data) {
        String message = event(name, data);
        for (BlockingQueue<String> queue : clients) {
            queue.offer(message);
        }
    }

    int clients() {
        return clients.size();
    }

    /**
     * Serves one stream until the client goes or the hub closes. The queue is registered before
     * {@code hello} is computed, so no event between the two is lost (at worst one comes twice,
     * which the page's build check makes harmless).
     */
    void stream(HttpExchange exchange, Supplier<String> hello) throws IOException {
        if (closed || clients.size() >= MAX_CLIENTS) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.EVENT_STREAM);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, 0); // chunked: the stream has no end
            OutputStream body = exchange.getResponseBody();
            write(body, "retry: 1000\n\n" + event("hello", hello.get()));
            while (!closed) {
                String message = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
                if (message != null && message.isEmpty()) { // CLOSE: broadcast events are never empty
                    break;
                }
                write(body, message != null ? message : ": ping\n\n");
            }
        } catch (IOException e) {
            // the browser went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private static void write(OutputStream body, String text) throws IOException {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    /** Ends every open stream. */
    void close() {
        closed = true;
        for (BlockingQueue<String> queue : clients) {
            queue.offer(CLOSE);
        }
    }
}
