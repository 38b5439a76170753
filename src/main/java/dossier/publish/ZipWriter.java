package dossier.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The zip container (PKWARE APPNOTE 6.3) for entries whose bytes are already compressed, written
 * in the order given: a local header with the CRC and both sizes, the data, and at the end the
 * central directory. Nothing varies but the entries: every timestamp is 1980-01-01 00:00:02 (a
 * constant DOS date and time: no clock or time zone enters), names are UTF-8 (flag bit 11), no
 * data descriptors, extra fields, comments or attributes. Zip64 records appear only where a value
 * does not fit (past 65,535 entries, or sizes and offsets past 4 GB), as APPNOTE 4.5.3 says.
 *
 * <p>Written here rather than with Commons Compress: its first use cost 120-250 ms of class
 * loading, time-zone rules and calendars on every bake (the shipped one takes about a second),
 * for a format this small. {@code OfflineCopyWriterTest} reads what this writes with
 * {@code java.util.zip}.
 */
final class ZipWriter {
    static final int STORED = 0;
    static final int DEFLATED = 8;
    private static final int DOS_TIME = 1; // 00:00:02 (two-second units)
    private static final int DOS_DATE = (1 << 5) | 1; // 1980-01-01
    private static final int UTF8_NAMES = 1 << 11;
    private static final long MAX32 = 0xFFFFFFFFL;
    private static final int MAX16 = 0xFFFF;

    private final OutputStream out;
    /** The largest values written in 32- and 16-bit fields; only tests lower them, to reach the Zip64 paths. */
    private final long limit32;
    private final long limit16;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream(1 << 16);
    private final byte[] header = new byte[64];
    private long offset;
    private long entries;

    ZipWriter(OutputStream out) {
        this(out, MAX32 - 1, MAX16 - 1);
    }

    ZipWriter(OutputStream out, long limit32, long limit16) {
        this.out = out;
        this.limit32 = limit32;
        this.limit16 = limit16;
    }

    /**
     * Adds an entry whose data is {@code data} joined (each array's first {@code lengths[i]}
     * bytes): deflated (raw) or stored as given.
     */
    void add(String name, int method, long crc, long size, List<byte[]> data, int[] lengths) throws IOException {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX16) {
            throw new IOException("a file name in the site is longer than a zip allows: " + name.substring(0, 80) + "…");
        }
        long compressed = 0;
        for (int i = 0; i < lengths.length; i++) {
            compressed += lengths[i];
        }
        long local = offset;
        boolean big = size > limit32 || compressed > limit32;
        int needed = big || local > limit32 ? 45 : method == DEFLATED ? 20 : 10;

        // local file header (APPNOTE 4.3.7); Zip64 there holds both sizes (4.5.3)
        int at = 0;
        at = int32(header, at, 0x04034b50);
        at = entryFields(header, at, needed, method, crc, big ? MAX32 : compressed, big ? MAX32 : size, bytes.length);
        at = int16(header, at, big ? 20 : 0);
        out.write(header, 0, at);
        out.write(bytes);
        if (big) {
            at = int16(header, 0, 0x0001);
            at = int16(header, at, 16);
            at = int64(header, at, size);
            at = int64(header, at, compressed);
            out.write(header, 0, at);
        }
        offset += 30 + bytes.length + (big ? 20 : 0);
        for (int i = 0; i < lengths.length; i++) {
            out.write(data.get(i), 0, lengths[i]);
        }
        offset += compressed;

        // central directory header (4.3.12): Zip64 holds only the values that do not fit, in this order
        boolean bigSize = size > limit32;
        boolean bigCompressed = compressed > limit32;
        boolean bigOffset = local > limit32;
        int extra = (bigSize ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0);
        at = 0;
        at = int32(header, at, 0x02014b50);
        at = int16(header, at, needed); // version made by: MS-DOS (0) and the version needed
        at = entryFields(header, at, needed, method, crc, bigCompressed ? MAX32 : compressed, bigSize ? MAX32 : size, bytes.length);
        at = int16(header, at, extra == 0 ? 0 : 4 + extra);
        at = int16(header, at, 0); // comment
        at = int16(header, at, 0); // disk
        at = int16(header, at, 0); // internal attributes
        at = int32(header, at, 0); // external attributes
        at = int32(header, at, bigOffset ? MAX32 : local);
        central.write(header, 0, at);
        central.write(bytes);
        if (extra > 0) {
            at = int16(header, 0, 0x0001);
            at = int16(header, at, extra);
            if (bigSize) {
                at = int64(header, at, size);
            }
            if (bigCompressed) {
                at = int64(header, at, compressed);
            }
            if (bigOffset) {
                at = int64(header, at, local);
            }
            central.write(header, 0, at);
        }
        entries++;
    }

    /** Writes the central directory and its end records; the stream stays open. */
    void finish() throws IOException {
        long start = offset;
        long size = central.size();
        central.writeTo(out);
        offset += size;
        boolean zip64 = entries > limit16 || start > limit32 || size > limit32;
        int at;
        if (zip64) {
            long record = offset;
            at = int32(header, 0, 0x06064b50); // Zip64 end of central directory record (4.3.14)
            at = int64(header, at, 44);
            at = int16(header, at, 45);
            at = int16(header, at, 45);
            at = int32(header, at, 0);
            at = int32(header, at, 0);
            at = int64(header, at, entries);
            at = int64(header, at, entries);
            at = int64(header, at, size);
            at = int64(header, at, start);
            out.write(header, 0, at);
            at = int32(header, 0, 0x07064b50); // its locator (4.3.15)
            at = int32(header, at, 0);
            at = int64(header, at, record);
            at = int32(header, at, 1);
            out.write(header, 0, at);
        }
        at = int32(header, 0, 0x06054b50); // end of central directory record (4.3.16)
        at = int16(header, at, 0);
        at = int16(header, at, 0);
        at = int16(header, at, zip64 ? MAX16 : (int) entries);
        at = int16(header, at, zip64 ? MAX16 : (int) entries);
        at = int32(header, at, zip64 ? MAX32 : size);
        at = int32(header, at, zip64 ? MAX32 : start);
        at = int16(header, at, 0); // comment
        out.write(header, 0, at);
        out.flush();
    }

    /** The fields a local header and its central directory header share, in their order (4.3.7, 4.3.12). */
    private static int entryFields(byte[] b, int at, int needed, int method, long crc, long compressed, long size, int nameLength) {
        at = int16(b, at, needed);
        at = int16(b, at, UTF8_NAMES);
        at = int16(b, at, method);
        at = int16(b, at, DOS_TIME);
        at = int16(b, at, DOS_DATE);
        at = int32(b, at, crc);
        at = int32(b, at, compressed);
        at = int32(b, at, size);
        return int16(b, at, nameLength);
    }

    private static int int16(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        return at + 2;
    }

    private static int int32(byte[] b, int at, long value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
        return at + 4;
    }

    private static int int64(byte[] b, int at, long value) {
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
        return at + 8;
    }
}
