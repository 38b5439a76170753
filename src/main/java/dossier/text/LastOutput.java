package dossier.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The files of the last good output, each with a digest of everything it was written from, for
 * builds that follow one another in one process: a file to be written from the same digest is
 * linked (or copied) from there instead of being made and written again. Digests only count once
 * their build's output is in place ({@link #committed}): a failed build reuses nothing of its own.
 * The digest must cover everything the file's bytes depend on; the caller says what that is.
 */
public final class LastOutput {
    private Path folder;
    private Map<String, String> digests = Map.of();
    private final Map<String, String> pending = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    /** A build begins: nothing of it is remembered yet. */
    public synchronized void begin() {
        pending.clear();
        reused.set(0);
    }

    /** Forgets the last output: nothing is reused until the next one is committed (what they were written from changed). */
    public synchronized void forget() {
        folder = null;
        digests = Map.of();
    }

    /**
     * Puts the last output's copy of this file at {@code target} when it was written from the same
     * digest; false when the caller must write it. Either way the digest is remembered for the next build.
     *
     * @param name the file's path in the site, e.g. {@code articles/x.html}
     */
    public boolean reuse(String name, String digest, Path target) {
        pending.put(name, digest);
        Path last = folder;
        if (last == null || !digest.equals(digests.get(name))) {
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
        digests = Map.copyOf(pending);
        pending.clear();
    }

    /** The SHA-256 of a text's UTF-8 bytes, as hex: the digest of a file written from that text alone. */
    public static String digestOf(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** How many files the build under way (or the last one) took from the last output. */
    public int reused() {
        return reused.get();
    }
}
