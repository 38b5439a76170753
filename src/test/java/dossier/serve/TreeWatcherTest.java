package dossier.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
