package dossier.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the parts of a site a bake reads: some folders recursively (sub-folders are registered
 * as they appear) and some files of the site folder itself. Bursts of events (an editor's save is
 * often several) are merged: the callback runs once the tree has been quiet for {@code quiet}, and
 * at the latest {@code maxDelay} after the first event. The callback runs on the watcher's own
 * thread, so a change made while it runs starts another run afterwards, never a concurrent one.
 *
 * <p>The callback is told which files the burst changed. Events alone cannot say: an editor that
 * saves by renaming a temporary file over the old one makes a "created" event. So the watcher
 * keeps the set of files it has seen (the walk that registers the folders lists them anyway) and
 * compares each file's presence before the burst with its presence after it.
 *
 * <p>Hidden files and editor leftovers ({@code .x}, {@code x~}, {@code #x}) are ignored, as the
 * bake ignores them.
 */
final class TreeWatcher implements AutoCloseable {
    private static final WatchEvent.Kind<?>[] KINDS = {
            StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY};

    private final Path root;
    private final Set<String> folders;
    private final Set<String> files;
    private final Duration quiet;
    private final Duration maxDelay;
    private final Consumer<Changes> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    // touched by the constructor, then only by the watcher's thread
    /** The files seen so far, relative to the root with forward slashes. */
    private final NavigableSet<String> known = new TreeSet<>();
    /** For each file an event of this burst named: whether it was known before the burst. */
    private final Map<String, Boolean> before = new LinkedHashMap<>();
    private boolean lost;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Registers the watches at once (changes from now on are seen); call {@link #start()} to
     * begin delivering them.
     *
     * @param folders names of folders of {@code root} watched with everything below them
     * @param files   names of files of {@code root} watched
     */
    TreeWatcher(Path root, Set<String> folders, Set<String> files, Duration quiet, Duration maxDelay, Consumer<Changes> onChange) throws IOException {
        this.root = root;
        this.folders = Set.copyOf(folders);
        this.files = Set.copyOf(files);
        this.quiet = quiet;
        this.maxDelay = maxDelay;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        registerAll();
        before.clear(); // what was there at the start was not created
        this.thread = new Thread(this::loop, "dossier-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerAll() throws IOException {
        register(root);
        for (String file : files) {
            if (Files.exists(root.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                known.add(file);
            }
        }
        for (String folder : folders) {
            registerTree(root.resolve(folder));
        }
    }

    private void register(Path folder) throws IOException {
        keys.put(folder.register(service, KINDS), folder);
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(top) && !visible(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (visible(file.getFileName().toString())) {
                        appeared(relative(file)); // a file made in a new folder before it was watched
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // vanished while we looked: its deletion is an event too
                }
            });
        } catch (IOException | ClosedWatchServiceException e) {
            // a folder deleted while being registered; its parent's event triggers a rebuild anyway
        }
    }

    private void loop() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                boolean relevant = handle(key);
                long deadline = System.nanoTime() + maxDelay.toNanos();
                while ((key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(key);
                    if (System.nanoTime() > deadline) {
                        break;
                    }
                }
                if (relevant && !closed) {
                    onChange.accept(takeChanges());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed
        }
    }

    /** Takes a key's events, registers new folders; true when one of them matters to a bake. */
    private boolean handle(WatchKey key) {
        Path dir = keys.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true; // events were lost: register everything again to catch new folders
                lost = true;
                folders.forEach(f -> registerTree(root.resolve(f)));
                continue;
            }
            if (dir == null || !(event.context() instanceof Path name)) {
                continue;
            }
            String fileName = name.toString();
            if (dir.equals(root)) {
                if (files.contains(fileName)) {
                    relevant = true;
                    track(event.kind(), root.resolve(name));
                } else if (folders.contains(fileName)) {
                    relevant = true; // a watched folder appeared, went or was replaced
                    track(event.kind(), root.resolve(name));
                }
                continue;
            }
            if (!visible(fileName)) {
                continue;
            }
            relevant = true;
            track(event.kind(), dir.resolve(name));
        }
        if (!key.reset()) {
            keys.remove(key); // its folder is gone
        }
        return relevant;
    }

    /** Follows one event in the set of known files; a new folder is registered (and its files seen). */
    private void track(WatchEvent.Kind<?> kind, Path path) {
        String rel = relative(path);
        boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
        if (kind == StandardWatchEventKinds.ENTRY_DELETE) {
            if (known.contains(rel)) {
                before.putIfAbsent(rel, true);
                known.remove(rel);
            }
            // a folder deleted or moved away: its files went with it
            for (String inside : List.copyOf(known.subSet(rel + "/", true, rel + "0", false))) {
                before.putIfAbsent(inside, true);
                known.remove(inside);
            }
        } else if (folder) {
            if (kind == StandardWatchEventKinds.ENTRY_CREATE) {
                registerTree(path);
            }
        } else {
            appeared(rel);
        }
    }

    private void appeared(String rel) {
        before.putIfAbsent(rel, known.contains(rel));
        known.add(rel);
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** What this burst did to each file it named, from before it to after it; then starts the next burst. */
    private Changes takeChanges() {
        List<Changes.Change> changes = new ArrayList<>();
        before.forEach((path, was) -> {
            boolean is = known.contains(path);
            if (was || is) {
                changes.add(new Changes.Change(path, !was ? Changes.Kind.CREATED : is ? Changes.Kind.CHANGED : Changes.Kind.DELETED));
            }
        });
        Changes result = new Changes(changes, lost);
        before.clear();
        lost = false;
        return result;
    }

    static boolean visible(String name) {
        return !(name.startsWith(".") || name.endsWith("~") || name.startsWith("#"));
    }

    /** Stops watching; waits (up to {@code wait}) for a callback that is running to finish. */
    void close(Duration wait) {
        closed = true;
        try {
            service.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
        if (Thread.currentThread() != thread && thread.isAlive() && wait.toMillis() > 0) {
            try {
                thread.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
