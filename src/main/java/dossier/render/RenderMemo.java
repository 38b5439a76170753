package dossier.render;

import dossier.cache.Digest;
import dossier.text.LastOutput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the renderer keeps between builds that follow one another in one process ({@code serve}):
 * the template engine (its parsed templates), each page's body ({@link BodyMemo}), and everything
 * each written page was given (its view record, head and corrections, compared by content), so
 * that a page given the same as last time is taken from the last good output instead of being
 * rendered again.
 *
 * <p>All of it belongs to one <em>epoch</em>: the templates' files, the site's settings and the
 * site-wide data every page shows (title, navigation). When any of these changes, everything is
 * rendered again. The pages are reused through a {@link LastOutput}.
 */
public final class RenderMemo {
    final BodyMemo bodies = new BodyMemo();
    private final LastOutput pages = new LastOutput();
    private Optional<Digest> epoch = Optional.empty();
    private FreemarkerEngine engine;

    /**
     * Starts a build of this epoch (empty: one that equals no other); returns the engine to render
     * with, the last one when the epoch is the same. A memo read back from a cache has an epoch but
     * no engine yet: it makes one and keeps the pages.
     */
    synchronized FreemarkerEngine begin(Optional<Digest> epoch, EngineFactory factory) throws IOException {
        boolean same = epoch.isPresent() && epoch.equals(this.epoch);
        if (engine == null || !same) {
            engine = factory.create();
        }
        if (!same) {
            this.epoch = epoch;
            pages.forget();
        }
        pages.begin();
        return engine;
    }

    /** Builds an engine; may fail reading the templates. */
    interface EngineFactory {
        FreemarkerEngine create() throws IOException;
    }

    /**
     * Puts the last good output's copy of this page at {@code target} when it was made from equal
     * data; false when it must be rendered.
     *
     * @param name the file's path in the site, e.g. {@code articles/x.html}
     */
    boolean reuse(String name, Object madeFrom, Path target) {
        return pages.reuse(name, madeFrom, target);
    }

    /** How many pages the build under way (or the last one) took from the last good output. */
    public int reused() {
        return pages.reused();
    }

    /**
     * The build's output is in place at {@code output}: its pages may be reused from there.
     *
     * @param pageFiles the site's page files, to forget the bodies of pages that are gone
     */
    public synchronized void committed(Path output, Set<String> pageFiles) {
        pages.committed(output);
        bodies.retain(pageFiles);
    }

    /**
     * The epoch's key: the templates (every file under the folder, by path and content, and the
     * bundled theme's identity), the
     * settings and the site-wide view. Links are not followed: a link counts by where it points (a
     * template it points to inside the folder counts by its content, and the template loader
     * refuses one outside). A folder that cannot be read gives a key of its own, so that nothing
     * is reused.
     */
    static Optional<Digest> epoch(Path templates, Map<String, String> settings, Views.Site site) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(templates, LinkOption.NOFOLLOW_LINKS)) {
            // the theme's templates alone
            return Optional.of(Digest.of(List.of(files, new TreeMap<>(settings), site, Theme.id())));
        }
        try (Stream<Path> walk = Files.walk(templates.toRealPath())) { // the folder itself may be a link inside the site
            List<Path> found = walk.toList();
            Path real = found.get(0);
            for (Path file : found) {
                String name = real.relativize(file).toString();
                if (Files.isSymbolicLink(file)) {
                    files.put(name, "link to " + Files.readSymbolicLink(file));
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(name, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
            return Optional.of(Digest.of(List.of(files, new TreeMap<>(settings), site, Theme.id())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // equal to no other: nothing is reused
        }
    }

    /** What a persistent cache saves: the epoch, the bodies and the last output's pages. */
    public record State(Digest epoch, BodyMemo.State bodies, LastOutput.State pages) {
    }

    /** What is kept, to save; empty before a build of a known epoch has put its output in place. */
    public synchronized Optional<State> state() {
        Optional<LastOutput.State> last = pages.state();
        if (epoch.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new State(epoch.get(), bodies.state(), last.get()));
    }

    /** Takes a saved state as what the last build left (the engine is made again by the next build). */
    public synchronized void restore(State state) {
        engine = null;
        epoch = Optional.of(state.epoch());
        bodies.restore(state.bodies());
        pages.restore(state.pages());
    }
}
