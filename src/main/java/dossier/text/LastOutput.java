package dossier.text;

import dossier.cache.Digest;
import dossier.cache.ValueCodec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files of the last good output, each with the digest of everything it was made from: a
 * file to be made from equal inputs is linked (or copied) from there instead of being made and
 * written again. Inputs are compared by {@link Digest}, so by content: records, lists, strings and
 * numbers; inputs the codec cannot write (an object with identity only) are never reused. What a
 * build was given only counts once its output is in place ({@link #committed}): a failed build
 * reuses nothing of its own. The inputs must be everything the file's bytes depend on; the caller
 * says what that is.
 *
 * <p>Between builds in one process the output folder is this process's own. Read back from a
 * persistent cache ({@link #restore}), each file is also checked against the {@link FileStamp} it
 * had when the cache was saved, so that a file changed or replaced since is written again.
 */
public final class LastOutput {
    private Path folder;
    private Map<String, Digest> inputs = Map.of();
    private Map<String, FileStamp> stamps = Map.of();
    private final Map<String, Digest> pending = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    /** A build begins: nothing of it is remembered yet. */
    public synchronized void begin() {
        pending.clear();
        reused.set(0);
    }

    /** Forgets the last output: nothing is reused until the next one is committed (what they were written from changed). */
    public synchronized void forget() {
        folder = null;
        inputs = Map.of();
        stamps = Map.of();
    }

    /**
     * Puts the last output's copy of this file at {@code target} when it was made from equal
     * inputs; false when the caller must write it. Either way the inputs are kept for the next build.
     *
     * @param name     the file's path in the site, e.g. {@code articles/x.html}
     * @param madeFrom everything the file's bytes depend on (never null)
     */
    public boolean reuse(String name, Object madeFrom, Path target) {
        Digest digest;
        try {
            digest = Digest.of(madeFrom);
        } catch (ValueCodec.CodecException notAValue) {
            return false;
        }
        pending.put(name, digest);
        Path last = folder;
        if (last == null || !digest.equals(inputs.get(name))) {
            return false;
        }
        Path previous = last.resolve(name);
        FileStamp stamp = stamps.get(name);
        if (stamp != null && !FileStamp.of(previous).equals(Optional.of(stamp))) {
            return false; // changed since the cache was saved
        }
        try {
            try {
                Files.createLink(target, previous); // an output file is never written again once in place
            } catch (UnsupportedOperationException | IOException notLinked) {
                Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            return false; // the last output lost the file: write it
        }
        reused.incrementAndGet();
        return true;
    }

    /** The build's output is in place at {@code output}: its files may be reused from there. */
    public synchronized void committed(Path output) {
        folder = output;
        inputs = Map.copyOf(pending);
        stamps = Map.of();
        pending.clear();
    }

    /** How many files the build under way (or the last one) took from the last output. */
    public int reused() {
        return reused.get();
    }

    /**
     * What a persistent cache saves: the folder, and each file's inputs and stamp as it is now
     * (a file that cannot be stamped is left out, so never reused).
     */
    public record State(String folder, Map<String, Entry> files) {
    }

    /** A file's inputs and its stamp. */
    public record Entry(Digest madeFrom, FileStamp stamp) {
    }

    /** The last committed output, to save; empty when there is none. */
    public synchronized Optional<State> state() {
        if (folder == null) {
            return Optional.empty();
        }
        Map<String, Entry> files = new TreeMap<>();
        inputs.entrySet().parallelStream()
                .forEach(input -> FileStamp.of(folder.resolve(input.getKey())).ifPresent(stamp -> {
                    synchronized (files) {
                        files.put(input.getKey(), new Entry(input.getValue(), stamp));
                    }
                }));
        return Optional.of(new State(folder.toString(), files));
    }

    /** Takes a saved state as the last output (its files are checked against their stamps before reuse). */
    public synchronized void restore(State state) {
        folder = Path.of(state.folder());
        Map<String, Digest> made = new TreeMap<>();
        Map<String, FileStamp> stamped = new TreeMap<>();
        state.files().forEach((name, entry) -> {
            made.put(name, entry.madeFrom());
            stamped.put(name, entry.stamp());
        });
        inputs = made;
        stamps = stamped;
    }
}
