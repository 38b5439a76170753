package dossier.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline copy's deflated files by the SHA-256 of their bytes, for builds that follow one
 * another in one process ({@code serve}): a file with the same bytes as in the last build is not
 * deflated again (deflating is most of the publish phase's time). A digest of the whole content
 * is the key, so a hit is the same bytes; the level is fixed. What the last build did not use is
 * forgotten, so the memo holds about one zip's worth.
 */
public final class DeflateMemo {
    private volatile Map<String, OfflineCopy.Deflated> last = Map.of();
    private volatile Map<String, OfflineCopy.Deflated> current = new ConcurrentHashMap<>();
    private final boolean remembers;

    private DeflateMemo(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memo for a process's builds. */
    public static DeflateMemo create() {
        return new DeflateMemo(true);
    }

    /** Remembers nothing: a one-off bake. */
    static DeflateMemo none() {
        return new DeflateMemo(false);
    }

    /** A new zip begins: what the one before used stays findable, the rest is dropped. */
    synchronized void begin() {
        last = current;
        current = new ConcurrentHashMap<>();
    }

    Optional<OfflineCopy.Deflated> find(String digest) {
        OfflineCopy.Deflated found = current.get(digest);
        if (found == null) {
            found = last.get(digest);
            if (found != null) {
                current.put(digest, found);
            }
        }
        return Optional.ofNullable(found);
    }

    void remember(String digest, OfflineCopy.Deflated deflated) {
        current.put(digest, deflated);
    }

    /** Null when nothing is remembered (a bake), so that it costs nothing. */
    String digest(byte[] bytes, int offset, int length) {
        if (!remembers) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, offset, length);
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
