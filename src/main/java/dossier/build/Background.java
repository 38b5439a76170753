package dossier.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A phase that runs on its own thread beside the phases after it, for work that nothing after it
 * reads but that must finish before anything is written. The proof of the source records is one:
 * deriving every record again costs mostly start-up (jsoup's, for HTML and JSON archives), which
 * would otherwise add to every cold bake.
 */
final class Background {
    private final String phase;
    private final CompletableFuture<Long> millis;

    private Background(String phase, CompletableFuture<Long> millis) {
        this.phase = phase;
        this.millis = millis;
    }

    static Background start(String phase, Runnable work) {
        return new Background(phase, CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            work.run();
            return (System.nanoTime() - start) / 1_000_000;
        }, task -> {
            Thread thread = new Thread(task, "dossier-" + phase);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** Waits for the phase; its timing is its own run time, which overlapped the phases after it. */
    Build.Timing await() {
        try {
            return new Build.Timing(phase, millis.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
