package dossier.publish;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The offline zip a bake wrote before, as a source of compressed bytes for the next one: a file
 * whose entry there has the same name, size and CRC, and whose data there inflates to exactly the
 * file's bytes, need not be deflated again (inflating costs a fraction of deflating). Nothing in
 * it is trusted: every check is made on what is read, and anything that does not read as it
 * should (a truncated or foreign file, a lying size or CRC, data that does not inflate to the
 * file) makes that entry, or the whole zip, count as absent. Since one tool version deflates the
 * same bytes into the same bytes, the zip a caller gets is the one it would get without this,
 * provided the previous zip was written by the same version (the caller vouches for that).
 *
 * <p>Only the central directory is held (tens of bytes an entry); an entry's data is read when a
 * file asks for it, by positional reads, so that the zip is shared by all the threads.
 */
final class PreviousZip implements Closeable {
    private static final long MAX32 = 0xFFFFFFFFL;
    private static final int MAX16 = 0xFFFF;
    private static final int CHUNK = 1 << 16;

    /** One entry of the central directory: what it claims (all checked before use). */
    private record Entry(long crc, long size, long compressed, long localHeader) {
    }

    /** An entry's compressed bytes, checked, and the CRC-32 of the file they hold. */
    record Kept(byte[] data, long crc) {
    }

    private final FileChannel channel;
    private final ConcurrentLinkedQueue<Scratch> scratches = new ConcurrentLinkedQueue<>();
    private final Map<String, Entry> entries;
    /** Where the central directory starts: no entry's data may reach past it. */
    private final long dataEnd;

    private PreviousZip(FileChannel channel, Map<String, Entry> entries, long dataEnd) {
        this.channel = channel;
        this.entries = entries;
        this.dataEnd = dataEnd;
    }

    /** The zip at {@code path}, or empty when it cannot be read as one (then nothing is reused). */
    static Optional<PreviousZip> open(Path path) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
            Optional<PreviousZip> zip = read(channel);
            if (zip.isEmpty()) {
                channel.close();
            }
            return zip;
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing was read from it
                }
            }
            return Optional.empty();
        }
    }

    /** Whether the zip has a deflated entry of this name and size (its other claims are checked by {@link #compressed}). */
    boolean has(String name, long size) {
        Entry entry = entries.get(name);
        return entry != null && entry.size() == size;
    }

    /**
     * The entry's compressed bytes, when its CRC is the file's and its data inflates to exactly
     * the file's bytes (read through {@code file}, which is opened once); empty otherwise. Only a
     * failure to read the site's file is thrown; anything wrong with the zip gives empty.
     */
    Optional<Kept> compressed(String name, long size, OfflineCopy.Opener files, Path file) throws IOException {
        Entry entry = entries.get(name);
        if (entry == null || entry.size() != size) {
            return Optional.empty();
        }
        byte[] data;
        try {
            data = data(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (data == null) {
            return Optional.empty();
        }
        Scratch scratch = scratch();
        Inflater inflater = scratch.inflater();
        try (InputStream in = files.open(file)) {
            inflater.setInput(data);
            byte[] expected = scratch.expected();
            byte[] inflated = scratch.inflated();
            CRC32 crc = new CRC32();
            long read = 0;
            while (true) {
                int n = in.readNBytes(expected, 0, CHUNK);
                if (n == 0) {
                    break;
                }
                read += n;
                if (read > size) {
                    throw new IOException(file.getFileName() + " changed while it was being zipped");
                }
                crc.update(expected, 0, n);
                if (!inflatesTo(inflater, inflated, expected, n)) {
                    return Optional.empty();
                }
            }
            if (read != size) {
                throw new IOException(file.getFileName() + " changed while it was being zipped");
            }
            // the stream must end here, with no data left over and nothing more to give
            if (!inflater.finished()) {
                int more = inflater.inflate(inflated, 0, 1);
                if (more != 0 || !inflater.finished()) {
                    return Optional.empty();
                }
            }
            return inflater.getRemaining() == 0 && crc.getValue() == entry.crc() ? Optional.of(new Kept(data, entry.crc())) : Optional.empty();
        } catch (DataFormatException e) {
            return Optional.empty();
        } finally {
            inflater.reset();
            scratches.add(scratch);
        }
    }

    /**
     * An inflater and two buffers for one check at a time, kept for the next: made afresh for each
     * of 34,000 files they were a third of the check's cost (native set-up, pages zeroed).
     */
    private record Scratch(Inflater inflater, byte[] expected, byte[] inflated) {
    }

    private Scratch scratch() {
        Scratch scratch = scratches.poll();
        return scratch != null ? scratch : new Scratch(new Inflater(true), new byte[CHUNK], new byte[CHUNK]);
    }

    /** Inflates exactly {@code n} bytes and compares them with {@code expected}; false at the first difference or shortfall. */
    private static boolean inflatesTo(Inflater inflater, byte[] inflated, byte[] expected, int n) throws DataFormatException {
        int at = 0;
        int idle = 0;
        while (at < n) {
            int got = inflater.inflate(inflated, 0, n - at);
            if (got == 0) {
                // it ends, or wants more than the entry holds, before the file does
                if (inflater.finished() || inflater.needsInput() || inflater.needsDictionary() || ++idle > 2) {
                    return false;
                }
                continue;
            }
            idle = 0;
            if (java.util.Arrays.mismatch(inflated, 0, got, expected, at, at + got) >= 0) {
                return false;
            }
            at += got;
        }
        return true;
    }

    /** The entry's data as its local header places it; null when that does not fit in the zip. */
    private byte[] data(Entry entry) throws IOException {
        if (entry.localHeader() < 0 || entry.localHeader() + 30 > dataEnd) {
            return null;
        }
        ByteBuffer header = read(channel, entry.localHeader(), 30);
        if (header.getInt(0) != 0x04034b50 || Short.toUnsignedInt(header.getShort(8)) != ZipWriter.DEFLATED) {
            return null;
        }
        long start = entry.localHeader() + 30 + Short.toUnsignedInt(header.getShort(26)) + Short.toUnsignedInt(header.getShort(28));
        if (entry.compressed() > Integer.MAX_VALUE - 16 || start + entry.compressed() > dataEnd) {
            return null;
        }
        return read(channel, start, (int) entry.compressed()).array();
    }

    private static Optional<PreviousZip> read(FileChannel channel) throws IOException {
        long length = channel.size();
        if (length < 22) {
            return Optional.empty();
        }
        // the end of central directory record: the last one whose comment reaches the end of the file
        int tailLength = (int) Math.min(length, 22 + MAX16);
        ByteBuffer tail = read(channel, length - tailLength, tailLength);
        int end = -1;
        for (int at = tailLength - 22; at >= 0; at--) {
            if (tail.getInt(at) == 0x06054b50 && at + 22 + Short.toUnsignedInt(tail.getShort(at + 20)) == tailLength) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        long endRecord = length - tailLength + end;
        long count = Short.toUnsignedInt(tail.getShort(end + 10));
        long size = Integer.toUnsignedLong(tail.getInt(end + 12));
        long start = Integer.toUnsignedLong(tail.getInt(end + 16));
        long directoryEnd = endRecord;
        if (count == MAX16 || size == MAX32 || start == MAX32) {
            // Zip64: its locator sits just before the end record and says where its record is
            if (endRecord < 20) {
                return Optional.empty();
            }
            ByteBuffer locator = read(channel, endRecord - 20, 20);
            long record = locator.getLong(8);
            if (locator.getInt(0) != 0x07064b50 || record < 0 || record + 56 > endRecord - 20) {
                return Optional.empty();
            }
            ByteBuffer zip64 = read(channel, record, 56);
            if (zip64.getInt(0) != 0x06064b50) {
                return Optional.empty();
            }
            count = zip64.getLong(32);
            size = zip64.getLong(40);
            start = zip64.getLong(48);
            directoryEnd = record;
        }
        if (start < 0 || size < 0 || size > Integer.MAX_VALUE - 16 || start + size > directoryEnd || count > size / 46) {
            return Optional.empty();
        }
        ByteBuffer directory = read(channel, start, (int) size);
        Map<String, Entry> entries = new HashMap<>();
        Set<String> twice = new HashSet<>();
        int at = 0;
        for (long i = 0; i < count; i++) {
            if (at + 46 > size || directory.getInt(at) != 0x02014b50) {
                return Optional.empty();
            }
            int method = Short.toUnsignedInt(directory.getShort(at + 10));
            long crc = Integer.toUnsignedLong(directory.getInt(at + 16));
            long compressed = Integer.toUnsignedLong(directory.getInt(at + 20));
            long uncompressed = Integer.toUnsignedLong(directory.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(at + 32));
            long local = Integer.toUnsignedLong(directory.getInt(at + 42));
            int next = at + 46 + nameLength + extraLength + commentLength;
            if (next > size) {
                return Optional.empty();
            }
            String name = new String(directory.array(), at + 46, nameLength, StandardCharsets.UTF_8);
            // Zip64 extra field (APPNOTE 4.5.3): the values that did not fit, in this order
            int extra = at + 46 + nameLength;
            int extraEnd = extra + extraLength;
            boolean ok = true;
            if (uncompressed == MAX32 || compressed == MAX32 || local == MAX32) {
                ok = false;
                while (extra + 4 <= extraEnd) {
                    int id = Short.toUnsignedInt(directory.getShort(extra));
                    int fieldLength = Short.toUnsignedInt(directory.getShort(extra + 2));
                    if (id == 0x0001) {
                        int field = extra + 4;
                        int fieldEnd = Math.min(field + fieldLength, extraEnd);
                        if (uncompressed == MAX32 && field + 8 <= fieldEnd) {
                            uncompressed = directory.getLong(field);
                            field += 8;
                        }
                        if (compressed == MAX32 && field + 8 <= fieldEnd) {
                            compressed = directory.getLong(field);
                            field += 8;
                        }
                        if (local == MAX32 && field + 8 <= fieldEnd) {
                            local = directory.getLong(field);
                        }
                        ok = uncompressed != MAX32 && compressed != MAX32 && local != MAX32;
                        break;
                    }
                    extra += 4 + fieldLength;
                }
            }
            if (ok && method == ZipWriter.DEFLATED && uncompressed >= 0 && compressed >= 0 && local >= 0) {
                if (entries.putIfAbsent(name, new Entry(crc, uncompressed, compressed, local)) != null) {
                    twice.add(name); // which of the two would it be? neither
                }
            }
            at = next;
        }
        entries.keySet().removeAll(twice);
        return Optional.of(new PreviousZip(channel, entries, start));
    }

    /** {@code length} bytes at {@code position}, little-endian; fewer in the file is an error. */
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new IOException("the previous zip ends early");
            }
        }
        return buffer;
    }

    /** Closes the zip and frees the inflaters; called once no check is under way. */
    @Override
    public void close() throws IOException {
        scratches.forEach(scratch -> scratch.inflater().end());
        scratches.clear();
        channel.close();
    }
}
