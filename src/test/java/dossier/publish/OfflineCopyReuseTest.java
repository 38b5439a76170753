package dossier.publish;

import dossier.diag.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The offline zip written with the previous one at hand is the zip written without it, byte for
 * byte, whatever changed in between and whatever state the previous zip is in; and the files
 * that did not change are taken from it (their count is derived from the two sites).
 */
class OfflineCopyReuseTest {
    private static final String BIG = "annotations.jsonld";

    /** Small pages, an empty file, a nested non-ASCII name, and a file of three pieces. */
    private static Path site(Path root) throws IOException {
        Random random = new Random(13);
        for (int i = 0; i < 60; i++) {
            write(root.resolve("articles/a-" + i + ".html"), ("<p>Article " + i + " says " + random.nextInt() + ".</p>\n").repeat(1 + random.nextInt(300)));
        }
        write(root.resolve("tags/deep/ünïcode-名.html"), "<p>名前</p>");
        Files.write(root.resolve("tags/empty.txt"), new byte[0]);
        write(root.resolve("index.html"), "<h1>Index</h1>\n");
        StringBuilder text = new StringBuilder();
        while (text.length() < OfflineCopy.PIECE * 5 / 2) {
            text.append("{\"id\": \"x-").append(text.length() % 9973).append("\", \"exact\": \"the same words again\"},\n");
        }
        write(root.resolve(BIG), text.toString());
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static byte[] zip(Path site) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfflineCopy.write(site, out);
        return out.toByteArray();
    }

    /** The zip written with {@code previous} (its bytes in a file), and how many files it took from there. */
    private record WithPrevious(byte[] zip, int reused) {
    }

    private static WithPrevious zip(Path site, byte[] previous, Path tmp) throws IOException {
        Path file = Files.createTempFile(tmp, "previous", ".zip");
        Files.write(file, previous);
        Optional<PreviousZip> prior = PreviousZip.open(file);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int reused = OfflineCopy.write(site, out, prior);
            return new WithPrevious(out.toByteArray(), reused);
        } finally {
            if (prior.isPresent()) {
                prior.get().close();
            }
        }
    }

    /** Every file of a site by its path, with its bytes. */
    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** How many files of {@code now} have the same path and bytes in {@code before}. */
    private static int unchanged(Map<String, byte[]> before, Map<String, byte[]> now) {
        return (int) now.entrySet().stream().filter(e -> before.containsKey(e.getKey()) && Arrays.equals(before.get(e.getKey()), e.getValue())).count();
    }

    /** Edits a copy of the site, then zips it with the original's zip at hand and without. */
    private static void sameAsClean(Path tmp, String step, Consumer<Path> edit) throws IOException {
        Path before = site(tmp.resolve("before-" + step.hashCode()));
        byte[] previous = zip(before);
        Path now = tmp.resolve("now-" + step.hashCode());
        copyTree(before, now);
        edit.accept(now);
        WithPrevious withPrevious = zip(now, previous, tmp);
        assertArrayEquals(zip(now), withPrevious.zip(), step + ": the zip is the one written without the previous one");
        assertEquals(unchanged(files(before), files(now)), withPrevious.reused(), step + ": every unchanged file, and only those, is reused");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Map.Entry<String, byte[]> file : files(from).entrySet()) {
            Path copy = to.resolve(file.getKey());
            Files.createDirectories(copy.getParent());
            Files.write(copy, file.getValue());
        }
    }

    private static void edit(Path file, java.util.function.UnaryOperator<String> change) {
        try {
            Files.writeString(file, change.apply(Files.readString(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void whateverChangedTheZipIsTheOneWrittenWithoutThePreviousOne(@TempDir Path tmp) throws IOException {
        sameAsClean(tmp, "unchanged", site -> {
        });
        sameAsClean(tmp, "one file changed, its size the same", site -> edit(site.resolve("articles/a-3.html"), t -> t.replaceFirst("Article", "Articlf")));
        sameAsClean(tmp, "one file changed, its size not", site -> edit(site.resolve("articles/a-4.html"), t -> t + "<p>More.</p>\n"));
        sameAsClean(tmp, "one file added", site -> {
            try {
                write(site.resolve("articles/new.html"), "<p>New.</p>\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        sameAsClean(tmp, "one file removed", site -> {
            try {
                Files.delete(site.resolve("articles/a-5.html"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        sameAsClean(tmp, "one file renamed", site -> {
            try {
                Files.move(site.resolve("articles/a-6.html"), site.resolve("articles/a-6-renamed.html"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        sameAsClean(tmp, "the file of several pieces changed, its size the same (deflated again, piece after piece)",
                site -> edit(site.resolve(BIG), t -> t.substring(0, t.length() - 3) + "X" + t.substring(t.length() - 2)));
        sameAsClean(tmp, "the file of several pieces changed at its start", site -> edit(site.resolve(BIG), t -> "Y" + t.substring(1)));
        sameAsClean(tmp, "the empty file given a byte", site -> edit(site.resolve("tags/empty.txt"), t -> "x"));
    }

    @Test
    void aFileOfSeveralPiecesUnchangedIsTakenWhole(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"));
        assertTrue(Files.size(site.resolve(BIG)) > 2 * OfflineCopy.PIECE, "the test needs a file of several pieces");
        WithPrevious again = zip(site, zip(site), tmp);
        assertEquals(files(site).size(), again.reused());
    }

    /** A previous zip in a bad state: each change below spoils one thing. */
    @Test
    void aPreviousZipThatLiesOrIsBrokenIsPassedOverEntryByEntryOrWhole(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"));
        byte[] clean = zip(site);
        int files = files(site).size();
        String page = "dossier/articles/a-7.html";

        // whole: not a zip, empty, cut short, cut at the end, a directory claiming more entries than it holds
        assertPassedOver(site, "not a zip at all\n".repeat(100).getBytes(StandardCharsets.UTF_8), clean, 0, tmp, "not a zip");
        assertPassedOver(site, new byte[0], clean, 0, tmp, "empty");
        assertPassedOver(site, Arrays.copyOf(clean, clean.length / 2), clean, 0, tmp, "the first half");
        assertPassedOver(site, Arrays.copyOf(clean, clean.length - 5), clean, 0, tmp, "the end record cut");
        byte[] manyEntries = clean.clone();
        int end = clean.length - 22;
        ByteBuffer.wrap(manyEntries).order(ByteOrder.LITTLE_ENDIAN).putShort(end + 8, (short) 0xFFF0).putShort(end + 10, (short) 0xFFF0);
        assertPassedOver(site, manyEntries, clean, 0, tmp, "more entries than the directory holds");

        // one entry: its data damaged, its CRC lying, its sizes lying, its offset lying
        byte[] damaged = clean.clone();
        Central entry = central(clean, page);
        int middle = (int) (entry.dataStart(clean) + entry.compressed() / 2);
        damaged[middle] ^= 0x55;
        assertPassedOver(site, damaged, clean, files - 1, tmp, "its data damaged");
        assertPassedOver(site, patched(clean, page, 16, entry.crc() ^ 1), clean, files - 1, tmp, "a lying CRC");
        assertPassedOver(site, patched(clean, page, 20, entry.compressed() + 7), clean, files - 1, tmp, "a compressed size too large");
        assertPassedOver(site, patched(clean, page, 20, entry.compressed() - 1), clean, files - 1, tmp, "a compressed size too small");
        assertPassedOver(site, patched(clean, page, 20, 0xFFFFFFF0L), clean, files - 1, tmp, "a compressed size past the end");
        assertPassedOver(site, patched(clean, page, 24, entry.size() + 1), clean, files - 1, tmp, "a size that is not the file's");
        assertPassedOver(site, patched(clean, page, 42, entry.local() + 1), clean, files - 1, tmp, "an offset off by one");

        // the data of another text of the same size, under the name, size and CRC of this one
        Path other = tmp.resolve("other");
        copyTree(site, other);
        edit(other.resolve("articles/a-7.html"), t -> t.replaceFirst("Article", "ARTICLE"));
        byte[] lying = zip(other);
        Central otherEntry = central(lying, page);
        assertEquals(entry.size(), otherEntry.size(), "the same size");
        assertFalse(entry.crc() == otherEntry.crc());
        lying = patched(lying, page, 16, entry.crc());
        assertPassedOver(site, lying, clean, files - 1, tmp, "another text's data under this one's CRC");
    }

    @Test
    void prepareTakesAPreviousZipOnlyWhenItReadsAndNeverFailsForIt(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"));
        Path target = tmp.resolve(OfflineCopy.FILE);
        byte[] clean = zip(site);
        for (Optional<Path> previous : java.util.List.of(Optional.<Path>empty(), Optional.of(tmp.resolve("missing.zip")), Optional.of(site),
                Optional.of(site.resolve("index.html")), Optional.of(target))) {
            Report report = new Report();
            OfflineCopy.Pending pending = OfflineCopy.prepare(site, target, OfflineCopy.FILE, report, previous).orElseThrow();
            assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
            pending.commit();
            assertArrayEquals(clean, Files.readAllBytes(target), previous.toString());
            boolean fromLastZip = previous.isPresent() && previous.get().equals(target) && pending.reused() > 0;
            assertEquals(previous.equals(Optional.of(target)), fromLastZip, "only the last zip gives anything: " + previous);
        }
    }

    private static void assertPassedOver(Path site, byte[] previous, byte[] clean, int reused, Path tmp, String what) throws IOException {
        WithPrevious result = zip(site, previous, tmp);
        assertArrayEquals(clean, result.zip(), what + ": the zip is the one written without the previous one");
        assertEquals(reused, result.reused(), what + ": what is reused");
    }

    /** A central directory entry of one of our zips (no Zip64 in these tests). */
    private record Central(int at, long crc, long compressed, long size, long local, int nameLength) {
        long dataStart(byte[] zip) {
            ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            return local + 30 + Short.toUnsignedInt(b.getShort((int) local + 26)) + Short.toUnsignedInt(b.getShort((int) local + 28));
        }
    }

    private static Central central(byte[] zip, String name) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        assertEquals(0x06054b50, b.getInt(end));
        int at = b.getInt(end + 16);
        for (int i = 0; i < Short.toUnsignedInt(b.getShort(end + 10)); i++) {
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            String entry = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if (entry.equals(name)) {
                return new Central(at, Integer.toUnsignedLong(b.getInt(at + 16)), Integer.toUnsignedLong(b.getInt(at + 20)),
                        Integer.toUnsignedLong(b.getInt(at + 24)), Integer.toUnsignedLong(b.getInt(at + 42)), nameLength);
            }
            at += 46 + nameLength + Short.toUnsignedInt(b.getShort(at + 30)) + Short.toUnsignedInt(b.getShort(at + 32));
        }
        throw new AssertionError("no entry " + name);
    }

    /** A copy of the zip with a 32-bit field of the entry's central directory header set to {@code value}. */
    private static byte[] patched(byte[] zip, String name, int field, long value) {
        byte[] copy = zip.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(central(zip, name).at() + field, (int) value);
        return copy;
    }

    @Test
    void theHelperReadsCrcsAsTheyAre(@TempDir Path tmp) throws IOException {
        Path site = site(tmp.resolve("site"));
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(site.resolve("index.html")));
        assertEquals(crc.getValue(), central(zip(site), "dossier/index.html").crc());
    }
}
