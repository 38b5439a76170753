package dossier.build;

import dossier.cache.Bytes;
import dossier.cache.ValueCodec;
import dossier.text.FileStamp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The persistent build cache: a bake's {@link Build.Memo} saved in {@value #FOLDER} of the site,
 * and given to the next bake, which then redoes only what changed, exactly as {@code serve} does
 * between saves. Safe to delete; a cache that is missing, from another version of the tool,
 * unreadable or not sealed is ignored and the bake is a cold one.
 *
 * <p><b>Sealed.</b> A cache only counts if it is the file this machine wrote: the seal beside it
 * holds the cache file's inode, size and modification time to the nanosecond, taken after it was
 * written. A cache that arrives any other way (committed in a pull request and checked out, copied,
 * restored from an archive) is a new file with another inode and time, so it is ignored: no one
 * can hand a bake results it did not compute. Where the system has no inodes the cache is still
 * checked by size and time.
 *
 * <p>Every entry in the memo is keyed by the digest of all its inputs, and files taken from the
 * last output are checked against their stamps too, so a stale cache entry is never used; the
 * file also names the tool that wrote it ({@link ToolVersion}), so a new version starts cold.
 */
public final class BuildCache {
    /** The cache's folder, relative to the site root. */
    public static final String FOLDER = "target/dossier-cache";
    private static final String FILE = "memo.bin";
    private static final String SEAL = "seal";
    private static final byte[] MAGIC = "dossier build cache 1\n".getBytes(StandardCharsets.US_ASCII);
    /** No string or list in a cache is longer than this (a corrupt length must not allocate gigabytes). */
    private static final long LONGEST = 1L << 28;

    private final Path folder;

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    /** The cache of the site at this root (its folder need not exist yet). */
    public static BuildCache of(Path siteRoot) {
        return new BuildCache(siteRoot.resolve(FOLDER));
    }

    /** The saved memo's state; empty when there is none this build may use (it is then a cold one). */
    public Optional<Build.Memo.State> load() {
        Path file = folder.resolve(FILE);
        try {
            if (!insideSite() || !sealed(file)) {
                return Optional.empty();
            }
            try (InputStream stream = new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
                if (!java.util.Arrays.equals(stream.readNBytes(MAGIC.length), MAGIC)) {
                    return Optional.empty();
                }
                Bytes.In in = new Bytes.In(stream, LONGEST);
                if (!ToolVersion.id().equals(ValueCodec.read(in))) {
                    return Optional.empty();
                }
                Object state = ValueCodec.read(in);
                if (!(state instanceof Build.Memo.State saved) || !in.atEnd()) {
                    return Optional.empty();
                }
                return Optional.of(saved);
            }
        } catch (IOException | RuntimeException unusable) {
            return Optional.empty(); // a cold bake, as without a cache
        }
    }

    /**
     * Saves the memo, replacing the cache: written to a temporary file and moved into place, then
     * sealed. A failure leaves no cache (the next bake is a cold one) and is returned, to be told.
     */
    public Optional<String> save(Build.Memo memo) {
        Path file = folder.resolve(FILE);
        Path temp = folder.resolve(FILE + ".tmp");
        try {
            if (!insideSite()) {
                return Optional.of(FOLDER + " is a link or not a folder");
            }
            Files.createDirectories(folder); // neither it nor target/ is a link (checked): it is made inside the site
            Files.deleteIfExists(folder.resolve(SEAL));
            // a file already at the temporary name (a link planted there) is removed, never written through
            Files.deleteIfExists(temp);
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                stream.write(MAGIC);
                Bytes.StreamOut out = new Bytes.StreamOut(stream);
                ValueCodec.write(ToolVersion.id(), out);
                ValueCodec.write(memo.state(), out);
                out.flush();
            }
            move(temp, file);
            Optional<FileStamp> stamp = FileStamp.of(file);
            if (stamp.isEmpty()) {
                return Optional.of("cannot read back " + FOLDER + "/" + FILE);
            }
            Path sealTemp = folder.resolve(SEAL + ".tmp");
            Files.deleteIfExists(sealTemp);
            Files.writeString(sealTemp, seal(stamp.get()), StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            move(sealTemp, folder.resolve(SEAL));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file stays; the next save replaces it
            }
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Neither {@code target} nor the cache folder may be a link: the cache stays inside the site. */
    private boolean insideSite() {
        Path target = folder.getParent();
        return (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS))
                && (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS));
    }

    private boolean sealed(Path file) throws IOException {
        Path seal = folder.resolve(SEAL);
        if (!Files.isRegularFile(seal, LinkOption.NOFOLLOW_LINKS) || Files.size(seal) > 200) {
            return false;
        }
        Optional<FileStamp> stamp = FileStamp.of(file);
        return stamp.isPresent() && Files.readString(seal, StandardCharsets.US_ASCII).equals(seal(stamp.get()));
    }

    private static String seal(FileStamp stamp) {
        return stamp.inode() + " " + stamp.size() + " " + stamp.modifiedNanos() + "\n";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
