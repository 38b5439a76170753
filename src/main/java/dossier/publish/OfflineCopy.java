package dossier.publish;

import dossier.diag.Position;
import dossier.diag.Report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * dossier-offline.zip, inside the output folder (so that a hosted site serves it and its pages
 * link it): the whole baked site under a top folder "dossier/", to download and open from disk.
 * Reproducible: entries in sorted order, every timestamp 1980-01-01 00:00:02, no extra fields,
 * data descriptors or comment, one compression level. (Two seconds past the zip epoch because
 * Java takes 00:00:00 for "before 1980".) Written to a hidden temporary file beside the folder it
 * zips (never inside it: the zip does not hold itself) and moved into that folder only once the
 * bake has succeeded, before the folder is swapped in.
 *
 * <p>Files are deflated on all cores, in pieces of at most {@link #PIECE} bytes, each into raw
 * deflate bytes (a piece primed with the 32 KB before it and ended by a sync flush, so the pieces
 * joined are one deflate stream, as pigz makes them), and written by one thread in sorted order
 * ({@link ZipWriter}): the bytes depend on the level and the piece size, never on the threads.
 * Memory stays bounded: at most {@link #IN_FLIGHT} bytes of input are queued or being deflated
 * while earlier entries wait to be written; a task reads its piece itself, and a file's
 * compressed bytes are held only until its entry is written (a file bigger than that bound is
 * held whole, compressed: the search index or the annotations of a large dossier).
 *
 * <p>Given the zip the last bake wrote ({@link PreviousZip}), a file whose entry there has its
 * name, size and CRC and inflates to exactly its bytes is not deflated again: its compressed bytes
 * are copied (one task reads and inflates them, counted in the bound above as the file's size).
 * The same tool version deflates the same bytes into the same bytes, so the zip is the one
 * written without it.
 */
public final class OfflineCopy {
    public static final String FILE = "dossier-offline.zip";
    static final String TOP = "dossier/";
    /**
     * Deflate level 1 (zlib's fastest), fixed since the bytes must not vary. Measured on a
     * 10,000-article site (CPU of one thread; pages 338 MB, other exports 141 MB, search index
     * 257 MB): level 1 gives 164.7 MB in 3.7 s, level 2 156.4 MB in 4.1 s, level 4 145.2 MB in
     * 6.6 s, level 6 (the default, used before) 137.4 MB in 15.6 s. Level 6 costs 4.2 times the CPU
     * for a zip 17 % smaller (9.8 % on pages and exports alone: most of the difference is the
     * search index); level 2 saves 5 % for 10 % more. A zip is downloaded once and unpacked; the
     * bake runs on every save.
     */
    static final int LEVEL = 1;
    /** Input bytes queued or being deflated while earlier entries wait to be written, at most. */
    static final long IN_FLIGHT = 32L << 20;
    /** A file is deflated in pieces of this size, on as many threads (the pieces joined are one stream). */
    static final long PIECE = 4L << 20;
    private static final int WINDOW = 32 << 10;

    private OfflineCopy() {
    }

    /**
     * A zip ready in a temporary file: {@link #commit} moves it into place, {@link #discard} drops it.
     *
     * @param reused how many files' compressed bytes were taken from the previous zip
     */
    public record Pending(Path temp, Path target, int reused) {
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

    /** Opens a file of the site for reading (a test makes one fail). */
    interface Opener {
        InputStream open(Path file) throws IOException;
    }

    private static final Opener DISK = file -> Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);

    /** Where the offline copy of a site baked into {@code output} is: in it, at its root. */
    public static Path target(Path output) {
        return output.toAbsolutePath().normalize().resolve(FILE);
    }

    /**
     * Zips {@code site} into a temporary file beside it (outside the folder it zips), to be moved to
     * {@code target}; empty after reporting a failure.
     *
     * @param shown the target as messages name it (relative to the site when inside it)
     */
    public static Optional<Pending> prepare(Path site, Path target, String shown, Report report) {
        return prepare(site, target, shown, report, Optional.empty());
    }

    /**
     * The same, taking from {@code previous} the compressed bytes of every file whose entry there
     * has its name, size and CRC and inflates to exactly its bytes; the zip is then the one written
     * without it. A previous zip that cannot be read, or an entry that does not check out, is
     * passed over (never an error).
     *
     * @param previous a zip the caller vouches was written by this same version of the tool (the
     *                 last bake's): another version might deflate the same bytes differently
     */
    public static Optional<Pending> prepare(Path site, Path target, String shown, Report report, Optional<Path> previous) {
        return prepare(site, target, shown, report, DISK, previous);
    }

    static Optional<Pending> prepare(Path site, Path target, String shown, Report report, Opener files, Optional<Path> previous) {
        Path temp = site.toAbsolutePath().normalize().resolveSibling("." + FILE + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        Optional<PreviousZip> prior = previous.flatMap(PreviousZip::open);
        int reused;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            reused = write(site, file, files, prior);
        } catch (IOException | UncheckedIOException e) {
            new Pending(temp, target, 0).discard();
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            report.error("offline-copy", shown, Position.START, "cannot write the offline copy: " + why);
            return Optional.empty();
        } finally {
            prior.ifPresent(OfflineCopy::close);
        }
        return Optional.of(new Pending(temp, target, reused));
    }

    private static void close(PreviousZip zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // it was only read
        }
    }

    static void write(Path site, OutputStream out) throws IOException {
        write(site, out, DISK, Optional.empty());
    }

    /** @return how many files' compressed bytes came from {@code previous} */
    static int write(Path site, OutputStream out, Optional<PreviousZip> previous) throws IOException {
        return write(site, out, DISK, previous);
    }

    static void write(Path site, OutputStream out, Opener files) throws IOException {
        write(site, out, files, Optional.empty());
    }

    /** The zip's entries, sorted: every regular file (with its size) and every folder (size -1). */
    private static TreeMap<String, Long> entries(Path site) throws IOException {
        TreeMap<String, Long> names = new TreeMap<>();
        names.put(TOP, -1L);
        Files.walkFileTree(site, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    String relative = site.relativize(p).toString().replace('\\', '/');
                    names.put(TOP + relative, attributes.size());
                    for (int slash = relative.indexOf('/'); slash >= 0; slash = relative.indexOf('/', slash + 1)) {
                        names.putIfAbsent(TOP + relative.substring(0, slash + 1), -1L); // folder entries, for unzip tools that want them
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return names;
    }

    static int write(Path site, OutputStream out, Opener files, Optional<PreviousZip> previous) throws IOException {
        TreeMap<String, Long> names = entries(site);
        AtomicInteger reused = new AtomicInteger();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "offline-copy");
            t.setDaemon(true);
            return t;
        });
        ConcurrentLinkedQueue<Deflater> deflaters = new ConcurrentLinkedQueue<>();
        try {
            ZipWriter zip = new ZipWriter(out);
            ArrayDeque<Queued> window = new ArrayDeque<>();
            long inFlight = 0;
            for (Map.Entry<String, Long> e : names.entrySet()) {
                String name = e.getKey();
                long size = e.getValue();
                if (size < 0) {
                    window.add(new Queued(name, 0, List.of(), null, 0));
                    continue;
                }
                Path file = site.resolve(name.substring(TOP.length()));
                int count = (int) Math.max(1, (size + PIECE - 1) / PIECE);
                if (previous.isPresent() && previous.get().has(name, size)) {
                    // one task checks the previous entry and falls back to deflating; its input counts whole
                    while (!window.isEmpty() && inFlight + size > IN_FLIGHT) {
                        inFlight -= writeFirst(window, zip);
                    }
                    PreviousZip prior = previous.get();
                    window.add(new Queued(name, size, List.of(pool.submit(() -> reuseOrDeflate(prior, files, name, file, size, count, reused, deflaters))), null, 1));
                    inFlight += size;
                    continue;
                }
                // one piece: its task computes the CRC too; several: a task of its own reads the file for it
                Future<Long> crc = count == 1 ? null : pool.submit(() -> crc(files, file, size));
                List<Future<Deflated>> pieces = new ArrayList<>(count);
                Queued queued = new Queued(name, size, pieces, crc, count);
                for (int i = 0; i < count; i++) {
                    long from = i * PIECE;
                    long to = Math.min(size, from + PIECE);
                    // write what is done before taking more, but never wait on the entry being queued
                    while (!window.isEmpty() && window.peekFirst() != queued && inFlight + (to - from) > IN_FLIGHT) {
                        inFlight -= writeFirst(window, zip);
                    }
                    if (i == 0) {
                        window.add(queued);
                    }
                    boolean last = i == count - 1;
                    pieces.add(pool.submit(() -> deflate(files, file, from, to, last, count == 1, deflaters)));
                    inFlight += to - from;
                }
            }
            while (!window.isEmpty()) {
                writeFirst(window, zip);
            }
            zip.finish();
            return reused.get();
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES); // before the Deflaters are freed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deflaters.forEach(Deflater::end);
        }
    }

    /**
     * An entry in the order of the zip: a folder (no pieces), or a file being deflated in
     * {@code expected} pieces (or checked against the previous zip, as one).
     */
    private record Queued(String name, long size, List<Future<Deflated>> pieces, Future<Long> crc, int expected) {
    }

    /**
     * The file's compressed bytes from the previous zip when its entry checks out, else deflated
     * here, piece after piece, as the pieces would be on their own threads (the same bytes).
     */
    private static Deflated reuseOrDeflate(PreviousZip previous, Opener files, String name, Path file, long size, int count,
                                           AtomicInteger reused, ConcurrentLinkedQueue<Deflater> deflaters) throws IOException {
        Optional<PreviousZip.Kept> kept = previous.compressed(name, size, files, file);
        if (kept.isPresent()) {
            reused.incrementAndGet();
            return new Deflated(kept.get().data(), kept.get().data().length, kept.get().crc());
        }
        if (count == 1) {
            return deflate(files, file, 0, size, true, true, deflaters);
        }
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            long from = i * PIECE;
            Deflated piece = deflate(files, file, from, Math.min(size, from + PIECE), i == count - 1, false, deflaters);
            joined.write(piece.bytes(), 0, piece.length());
        }
        byte[] data = joined.toByteArray();
        return new Deflated(data, data.length, crc(files, file, size));
    }

    /** A piece's raw deflate bytes (the first {@code length} of {@code bytes}), and its CRC-32 when it is the whole file. */
    private record Deflated(byte[] bytes, int length, long crc) {
    }

    /** Writes the first queued entry; @return the input bytes it frees. */
    private static long writeFirst(ArrayDeque<Queued> window, ZipWriter zip) throws IOException {
        Queued q = window.peekFirst();
        if (q.pieces().size() < q.expected()) {
            throw new IllegalStateException("an entry is written before all its pieces are queued: " + q.name());
        }
        window.removeFirst();
        if (q.name().endsWith("/")) {
            zip.add(q.name(), ZipWriter.STORED, 0, 0, List.of(), new int[0]);
            return 0;
        }
        List<byte[]> bytes = new ArrayList<>(q.pieces().size());
        int[] lengths = new int[q.pieces().size()];
        long crc = 0;
        for (int i = 0; i < lengths.length; i++) {
            Deflated d = result(q.pieces().get(i));
            bytes.add(d.bytes());
            lengths[i] = d.length();
            crc = d.crc();
        }
        zip.add(q.name(), ZipWriter.DEFLATED, q.crc() == null ? crc : result(q.crc()), q.size(), bytes, lengths);
        return q.size();
    }

    private static <T> T result(Future<T> work) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Bytes [from, to) of a file, with up to 32 KB before them (the deflate window) at the start. */
    private static byte[] read(Opener files, Path file, long from, long to) throws IOException {
        long start = Math.max(0, from - WINDOW);
        try (InputStream in = files.open(file)) {
            in.skipNBytes(start);
            byte[] bytes = new byte[(int) (to - start)];
            // into the array at once: readNBytes(int) would read 8 KB at a time and copy them together
            if (in.readNBytes(bytes, 0, bytes.length) != bytes.length) {
                throw new IOException(file.getFileName() + " changed while it was being zipped");
            }
            return bytes;
        }
    }

    /**
     * Deflates bytes [from, to) of a file (raw, as zip stores it). A piece after the first is primed
     * with the 32 KB before it, and every piece but the last ends on a byte boundary (a sync flush)
     * without closing the stream, so the pieces joined are one deflate stream (as pigz makes them).
     */
    private static Deflated deflate(Opener files, Path file, long from, long to, boolean last, boolean whole,
                                    ConcurrentLinkedQueue<Deflater> deflaters) throws IOException {
        byte[] input = read(files, file, from, to);
        int offset = (int) (from - Math.max(0, from - WINDOW));
        Deflater deflater = deflaters.poll();
        if (deflater == null) {
            deflater = new Deflater(LEVEL, true);
        }
        try {
            if (offset > 0) {
                deflater.setDictionary(input, 0, offset);
            }
            deflater.setInput(input, offset, input.length - offset);
            byte[] out = new byte[Math.max(64, (input.length - offset) / 3)];
            int length = 0;
            if (last) {
                deflater.finish();
            }
            while (true) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                if (last ? deflater.finished() : length < out.length && deflater.needsInput()) {
                    break;
                }
            }
            long crc = 0;
            if (whole) {
                CRC32 crc32 = new CRC32();
                crc32.update(input, offset, input.length - offset);
                crc = crc32.getValue();
            }
            return new Deflated(out, length, crc);
        } finally {
            deflater.reset();
            deflaters.add(deflater);
        }
    }

    /** The CRC-32 of a whole file, read in chunks. */
    private static long crc(Opener files, Path file, long size) throws IOException {
        CRC32 crc = new CRC32();
        byte[] chunk = new byte[1 << 20];
        long read = 0;
        try (InputStream in = files.open(file)) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                crc.update(chunk, 0, n);
                read += n;
            }
        }
        if (read != size) {
            throw new IOException(file.getFileName() + " changed while it was being zipped");
        }
        return crc.getValue();
    }
}
