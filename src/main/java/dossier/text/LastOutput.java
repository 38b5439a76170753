package dossier.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files of the last good output, each with everything it was made from, for builds that
 * follow one another in one process: a file to be made from equal inputs is linked (or copied)
 * from there instead of being made and written again. Inputs are compared with {@code equals}:
 * records, lists, strings and numbers compare by content, and an object that compares by identity
 * only ever equals itself, so it can make a file be written again, never be reused wrongly. What a
 * build was given only counts once its output is in place ({@link #committed}): a failed build
 * reuses nothing of its own. The inputs must be everything the file's bytes depend on; the caller
 * says what that is.
 */
public final class LastOutput {
    private Path folder;
    private Map<String, Object> inputs = Map.of();
    private final Map<String, Object> pending = new ConcurrentHashMap<>();
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
    }

    /**
     * Puts the last output's copy of this file at {@code target} when it was made from equal
     * inputs; false when the caller must write it. Either way the inputs are kept for the next build.
     *
     * @param name     the file's path in the site, e.g. {@code articles/x.html}
     * @param madeFrom everything the file's bytes depend on (never null)
     */
    public boolean reuse(String name, Object madeFrom, Path target) {
        pending.put(name, madeFrom);
        Path last = folder;
        if (last == null || !madeFrom.equals(inputs.get(name))) {
            return false;
        }
        Path previous = last.resolve(name);
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
        pending.clear();
    }

    /** How many files the build under way (or the last one) took from the last output. */
    public int reused() {
        return reused.get();
    }
}
