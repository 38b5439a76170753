package dossier.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class TreeWatcherTest {
    private static final long TIMEOUT = 10;

    @Test
    void seesChangesInFoldersCreatedAfterItStarted(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content"));
        Semaphore changes = new Semaphore(0);
        try (TreeWatcher watcher = new TreeWatcher(site, Set.of("content", "templates"), Set.of("jbake.properties"),
                Duration.ofMillis(50), Duration.ofSeconds(1), c -> changes.release())) {
            watcher.start();

            Path deep = Files.createDirectories(site.resolve("content/new/deeper"));
            assertTrue(changes.tryAcquire(TIMEOUT, TimeUnit.SECONDS), "a new folder is a change");
            drain(changes);

            Files.writeString(deep.resolve("page.md"), "x");
            assertTrue(changes.tryAcquire(TIMEOUT, TimeUnit.SECONDS), "a file in the new folder is seen: the folder was registered");
            drain(changes);

            Files.writeString(site.resolve("jbake.properties"), "site.title=x");
            assertTrue(changes.tryAcquire(TIMEOUT, TimeUnit.SECONDS), "jbake.properties is watched");
            drain(changes);

            Files.createDirectories(site.resolve("templates/partials"));
            assertTrue(changes.tryAcquire(TIMEOUT, TimeUnit.SECONDS), "a watched folder that appears later is watched");
            drain(changes);
            Files.writeString(site.resolve("templates/partials/x.ftl"), "x");
            assertTrue(changes.tryAcquire(TIMEOUT, TimeUnit.SECONDS));
        }
    }

    /** Waits for a burst's last callback (a write may be seen as two bursts) so the next step starts clean. */
    private static void drain(Semaphore changes) throws InterruptedException {
        while (changes.tryAcquire(300, TimeUnit.MILLISECONDS)) {
            // keep going
        }
    }

    @Test
    void namesWhatEachBurstDidToEachFile(@TempDir Path site) throws Exception {
        Path articles = Files.createDirectories(site.resolve("content/articles"));
        Files.writeString(articles.resolve("x.md"), "one");
        BlockingQueue<Changes> bursts = new LinkedBlockingQueue<>();
        try (TreeWatcher watcher = new TreeWatcher(site, Set.of("content"), Set.of("jbake.properties"),
                Duration.ofMillis(50), Duration.ofSeconds(1), bursts::add)) {
            watcher.start();

            // saved as many editors do: a hidden temporary file renamed over the old one
            Path temporary = articles.resolve(".x.md.tmp");
            Files.writeString(temporary, "two");
            Files.move(temporary, articles.resolve("x.md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<Changes> saved = awaitChange(bursts, "content/articles/x.md", Changes.Kind.CHANGED);
            assertTrue(saved.stream().noneMatch(b -> b.files().contains(new Changes.Change("content/articles/x.md", Changes.Kind.CREATED))),
                    "a file replaced is changed, not created: " + saved);
            assertTrue(saved.stream().allMatch(b -> b.files().stream().noneMatch(c -> c.path().contains(".tmp"))), "hidden files are not named");

            Files.writeString(articles.resolve("y.md"), "new");
            awaitChange(bursts, "content/articles/y.md", Changes.Kind.CREATED);
            Files.delete(articles.resolve("y.md"));
            awaitChange(bursts, "content/articles/y.md", Changes.Kind.DELETED);

            Files.writeString(site.resolve("jbake.properties"), "site.title=x");
            awaitChange(bursts, "jbake.properties", Changes.Kind.CREATED);

            // a folder moved in whole, and out again
            Path outside = Files.createDirectories(site.resolve("elsewhere/guides"));
            Files.writeString(outside.resolve("first.md"), "a guide");
            Files.move(outside, site.resolve("content/guides"));
            awaitChange(bursts, "content/guides/first.md", Changes.Kind.CREATED);
            Files.move(site.resolve("content/guides"), outside);
            awaitChange(bursts, "content/guides/first.md", Changes.Kind.DELETED);
        }
    }

    /** Takes bursts until one says this happened to this file (a save may come as several bursts). */
    private static List<Changes> awaitChange(BlockingQueue<Changes> bursts, String path, Changes.Kind kind) throws InterruptedException {
        Changes.Change wanted = new Changes.Change(path, kind);
        List<Changes> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT);
        while (System.nanoTime() < deadline) {
            Changes burst = bursts.poll(100, TimeUnit.MILLISECONDS);
            if (burst == null) {
                continue;
            }
            seen.add(burst);
            if (burst.files().contains(wanted)) {
                return seen;
            }
        }
        return fail("no burst with " + wanted + "; saw " + seen);
    }

    @Test
    void editorLeftoversAreNotChanges() {
        assertFalse(TreeWatcher.visible(".about.md.swp"));
        assertFalse(TreeWatcher.visible("about.md~"));
        assertFalse(TreeWatcher.visible("#about.md#"));
        assertTrue(TreeWatcher.visible("about.md"));
    }

    @Test
    void closingTwiceIsHarmless(@TempDir Path site) throws IOException {
        TreeWatcher watcher = new TreeWatcher(site, Set.of("content"), Set.of(), Duration.ofMillis(50), Duration.ofSeconds(1), c -> { });
        watcher.start();
        watcher.close();
        watcher.close();
    }
}
