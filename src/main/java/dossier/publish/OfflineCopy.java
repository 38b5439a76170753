package dossier.publish;

import dossier.diag.Position;
import dossier.diag.Report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * dossier-offline.zip, beside the output folder: the whole baked site under a top folder
 * "dossier/", to download and open from disk. Reproducible: entries in sorted order, every
 * timestamp 1980-01-01 00:00:02, no extra fields or comment, one compression level. (The time is
 * set as a local date-time so that no time zone enters; two seconds past the zip epoch because
 * Java takes 00:00:00 for "before 1980" and then adds an extended-timestamp field in local time.)
 * Written to a hidden temporary file first and moved into place only after the bake succeeds.
 */
public final class OfflineCopy {
    public static final String FILE = "dossier-offline.zip";
    static final String TOP = "dossier/";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private OfflineCopy() {
    }

    /** A zip ready in a temporary file: {@link #commit} moves it into place, {@link #discard} drops it. */
    public record Pending(Path temp, Path target) {
        /** Moves the zip into place; on failure the caller discards it and says so. */
        public void commit() throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        public void discard() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover hidden temporary file is harmless
            }
        }
    }

    /** Where the offline copy of a site baked into {@code output} goes. */
    public static Path target(Path output) {
        return output.toAbsolutePath().normalize().resolveSibling(FILE);
    }

    /**
     * Zips {@code site} into a temporary file beside {@code target}; empty after reporting a failure.
     *
     * @param shown the target as messages name it (relative to the site when inside it)
     */
    public static java.util.Optional<Pending> prepare(Path site, Path target, String shown, Report report) {
        Path temp = target.resolveSibling("." + FILE + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        // buffered: the deflater hands over 512 bytes at a time, each a system call on a bare file stream
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            write(site, file);
            return java.util.Optional.of(new Pending(temp, target));
        } catch (IOException e) {
            new Pending(temp, target).discard();
            report.error("offline-copy", shown, Position.START, "cannot write the offline copy: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    static void write(Path site, OutputStream out) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        names.add(TOP);
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = site.relativize(p).toString().replace('\\', '/');
                names.add(TOP + relative);
                for (int slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
                    names.add(TOP + relative.substring(0, slash + 1)); // folder entries, for unzip tools that want them
                }
            }
        }
        ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION); // fixed level: the bytes must not vary; best compression cost 2x the time for 3% of size
        for (String name : names) {
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(entry);
            if (!name.endsWith("/")) {
                Files.copy(site.resolve(name.substring(TOP.length())), zip);
            }
            zip.closeEntry();
        }
        zip.finish();
    }
}
