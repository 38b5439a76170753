package dossier.publish;

import dossier.diag.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The offline zip's writer: reproducible bytes whatever the threads do, and nothing left behind on failure. */
class OfflineCopyWriterTest {

    /** A site with many small files, empty ones, nested folders, non-ASCII names, and files of several pieces. */
    private static Path site(Path root) throws IOException {
        Random random = new Random(13);
        for (int i = 0; i < 300; i++) {
            Path page = root.resolve("articles/a-" + i + ".html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, ("<p>Article " + i + " says " + random.nextInt() + ".</p>\n").repeat(1 + random.nextInt(400)));
        }
        Files.createDirectories(root.resolve("tags/deep/er"));
        Files.writeString(root.resolve("tags/deep/er/ünïcode-名.html"), "<p>名前</p>");
        Files.write(root.resolve("tags/empty.txt"), new byte[0]);
        Files.writeString(root.resolve("index.html"), "<h1>Index</h1>\n");
        // larger than a piece, exactly two pieces, and one byte past: text that repeats (back-references
        // across pieces) and noise that does not (stored blocks)
        StringBuilder text = new StringBuilder();
        while (text.length() < OfflineCopy.PIECE * 5 / 2) {
            text.append("{\"id\": \"x-").append(text.length() % 9973).append("\", \"exact\": \"the same words again\"},\n");
        }
        Files.writeString(root.resolve("annotations.jsonld"), text);
        byte[] noise = new byte[(int) OfflineCopy.PIECE * 2];
        random.nextBytes(noise);
        Files.write(root.resolve("noise.bin"), noise);
        byte[] onePast = new byte[(int) OfflineCopy.PIECE + 1];
        java.util.Arrays.fill(onePast, (byte) 'a');
        Files.write(root.resolve("one-past.txt"), onePast);
        return root;
    }

    private static byte[] zip(Path site) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfflineCopy.write(site, out);
        return out.toByteArray();
    }

    @Test
    void theBytesAreTheSameOnEveryRunAndTheContentRoundTrips(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"));
        byte[] first = zip(site);
        for (int run = 0; run < 3; run++) {
            assertArrayEquals(first, zip(site), "run " + run);
        }
        Path file = tmp.resolve("copy.zip");
        Files.write(file, first);

        List<String> expected = new ArrayList<>();
        expected.add("dossier/");
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(p -> !p.equals(site)).toList()) {
                expected.add("dossier/" + site.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""));
            }
        }
        Collections.sort(expected);

        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), entry.getTimeLocal(), entry.getName());
                assertNull(entry.getExtra(), "no extra fields in the central directory: " + entry.getName());
                assertNull(entry.getComment(), entry.getName());
                if (!entry.isDirectory()) {
                    byte[] original = Files.readAllBytes(site.resolve(entry.getName().substring("dossier/".length())));
                    try (InputStream in = zip.getInputStream(entry)) {
                        assertArrayEquals(original, in.readAllBytes(), entry.getName());
                    }
                    CRC32 crc = new CRC32();
                    crc.update(original);
                    assertEquals(crc.getValue(), entry.getCrc(), entry.getName());
                    assertEquals(original.length, entry.getSize(), entry.getName());
                    assertEquals(ZipEntry.DEFLATED, entry.getMethod(), entry.getName());
                }
            }
            assertNull(zip.getComment());
        }
        assertEquals(expected, names, "every file and folder, in sorted order");

        // read as a stream too (local headers): the same times, no extra fields, no data descriptors needed
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            int count = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertEquals(names.get(count++), entry.getName());
                assertNull(entry.getExtra(), entry.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), entry.getTimeLocal(), entry.getName());
                if (!entry.isDirectory()) {
                    assertTrue(entry.getCompressedSize() >= 0 && entry.getSize() >= 0, "sizes in the local header: " + entry.getName());
                }
            }
            assertEquals(names.size(), count);
        }
        // general purpose flags: UTF-8 names (bit 11) and nothing else, in every local header
        ByteBufferScan.localHeaders(first).forEach(flags -> assertEquals(0x0800, flags));
    }

    @Test
    void aFileThatFailsMidwayLeavesNoZipAndNoTemporaryFile(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path target = out.resolve(OfflineCopy.FILE);
        AtomicInteger opened = new AtomicInteger();
        Report report = new Report();
        var pending = OfflineCopy.prepare(site, target, "dossier-offline.zip", report, file -> {
            if (opened.incrementAndGet() == 150) {
                throw new IOException(file.getFileName() + ": input/output error");
            }
            return Files.newInputStream(file);
        }, java.util.Optional.empty());
        assertTrue(pending.isEmpty());
        assertTrue(report.hasErrors());
        assertTrue(report.diagnostics().get(0).message().startsWith("cannot write the offline copy: "), report.diagnostics().toString());
        assertTrue(report.diagnostics().get(0).message().endsWith(": input/output error"), report.diagnostics().toString());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "no zip, no temporary file");
        }
    }

    @Test
    void aPreparedZipIsInPlaceOnlyOnceCommitted(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path target = out.resolve(OfflineCopy.FILE);
        Report report = new Report();
        OfflineCopy.Pending pending = OfflineCopy.prepare(site, target, "dossier-offline.zip", report).orElseThrow();
        assertFalse(Files.exists(target));
        pending.commit();
        assertArrayEquals(zip(site), Files.readAllBytes(target));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(target), left.toList());
        }
    }

    /** Zip64 where a value does not fit: reached here by lowering the writer's limits, read back by java.util.zip. */
    @Test
    void zip64RecordsHoldWhatDoesNotFitAndOnlyThat(@TempDir Path tmp) throws IOException {
        byte[] text = "the same words again, and again; ".repeat(200).getBytes(StandardCharsets.UTF_8);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(OfflineCopy.LEVEL, true);
        deflater.setInput(text);
        deflater.finish();
        byte[] deflated = new byte[text.length];
        int length = deflater.deflate(deflated);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(text);
        for (long[] limits : new long[][] {{0xFFFFFFFEL, 10}, {100, 0xFFFE}, {100, 10}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ZipWriter writer = new ZipWriter(out, limits[0], limits[1]);
            for (int i = 0; i < 25; i++) {
                writer.add("dossier/" + i + "/", ZipWriter.STORED, 0, 0, List.of(), new int[0]);
                writer.add("dossier/" + i + "/page.html", ZipWriter.DEFLATED, crc.getValue(), text.length, List.of(deflated), new int[] {length});
            }
            writer.finish();
            Path file = tmp.resolve("zip64-" + limits[0] + "-" + limits[1] + ".zip");
            Files.write(file, out.toByteArray());
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                assertEquals(50, zip.size(), "entries, limits " + java.util.Arrays.toString(limits));
                for (int i = 0; i < 25; i++) {
                    ZipEntry entry = zip.getEntry("dossier/" + i + "/page.html");
                    assertEquals(text.length, entry.getSize());
                    assertEquals(length, entry.getCompressedSize());
                    try (InputStream in = zip.getInputStream(entry)) {
                        assertArrayEquals(text, in.readAllBytes());
                    }
                    assertTrue(zip.getEntry("dossier/" + i + "/").isDirectory());
                }
            }
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                int count = 0;
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (!entry.isDirectory()) {
                        assertArrayEquals(text, in.readAllBytes(), entry.getName());
                    }
                    count++;
                }
                assertEquals(50, count);
            }
        }
    }

    /** Reads the general purpose flags of each local file header. */
    private static final class ByteBufferScan {
        static List<Integer> localHeaders(byte[] zip) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            List<Integer> flags = new ArrayList<>();
            int at = 0;
            while (at + 30 <= zip.length && b.getInt(at) == 0x04034b50) {
                flags.add(b.getShort(at + 6) & 0xffff);
                int compressed = b.getInt(at + 18);
                at += 30 + (b.getShort(at + 26) & 0xffff) + (b.getShort(at + 28) & 0xffff) + compressed;
            }
            assertEquals(0x02014b50, b.getInt(at), "the central directory follows the last entry's data");
            return flags;
        }
    }
}
