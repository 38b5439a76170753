package dossier.render;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the renderer keeps between builds that follow one another in one process ({@code serve}):
 * the template engine (its parsed templates), each page's body ({@link BodyMemo}), and a digest of
 * everything each written page was given ({@link ViewDigest}), so that a page given the same as
 * last time is taken from the last good output instead of rendered again.
 *
 * <p>All of it belongs to one <em>epoch</em>: the templates' files, the site's settings and the
 * site-wide data every page shows (title, navigation). When any of these changes, everything is
 * rendered again. Digests only count once their build's output is in place ({@link #committed}):
 * a failed build reuses nothing of its own.
 */
public final class RenderMemo {
    final BodyMemo bodies = new BodyMemo();
    private String epoch = "";
    private FreemarkerEngine engine;
    private Path lastOutput;
    private Map<String, String> lastDigests = Map.of();
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Starts a build of this epoch; returns the engine to render with, the last one when the
     * epoch is the same.
     */
    synchronized FreemarkerEngine begin(String epoch, EngineFactory factory) throws IOException {
        if (engine == null || !epoch.equals(this.epoch)) {
            engine = factory.create();
            this.epoch = epoch;
            lastDigests = Map.of();
            lastOutput = null;
        }
        digests.clear();
        reused.set(0);
        return engine;
    }

    /** Builds an engine; may fail reading the templates. */
    interface EngineFactory {
        FreemarkerEngine create() throws IOException;
    }

    /**
     * Puts the last good output's copy of this file at {@code target} when it was written from the
     * same digest; false when it must be rendered. Either way the digest is remembered for the next build.
     *
     * @param name the file's path in the site, e.g. {@code articles/x.html}
     */
    boolean reuse(String name, Optional<String> digest, Path target) {
        if (digest.isEmpty()) {
            return false;
        }
        digests.put(name, digest.get());
        Path output = lastOutput;
        if (output == null || !digest.get().equals(lastDigests.get(name))) {
            return false;
        }
        Path previous = output.resolve(name);
        try {
            try {
                Files.createLink(target, previous); // the files are never written again once in place
            } catch (UnsupportedOperationException | IOException notLinked) {
                Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING);
            }
            reused.incrementAndGet();
            return true;
        } catch (IOException e) {
            return false; // the last output lost the file: render it
        }
    }

    /** How many pages the build under way (or the last one) took from the last good output. */
    public int reused() {
        return reused.get();
    }

    /**
     * The build's output is in place at {@code output}: its pages may be reused from there.
     *
     * @param pages the site's page files, to forget the bodies of pages that are gone
     */
    public synchronized void committed(Path output, Set<String> pages) {
        lastOutput = output;
        lastDigests = Map.copyOf(digests);
        digests.clear();
        bodies.retain(pages);
    }

    /**
     * The epoch's key: the templates (every file under the folder, by path and content), the
     * settings and the site-wide view. A folder that cannot be read gives a key of its own, so
     * that nothing is reused.
     */
    static String epoch(Path templates, Map<String, String> settings, Views.Site site) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(templates, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(templates.relativize(file).toString(), new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException | RuntimeException e) {
            return "unreadable-" + System.nanoTime();
        }
        return ViewDigest.of(files, new TreeMap<>(settings), site).orElse("undigestable-" + System.nanoTime());
    }
}
