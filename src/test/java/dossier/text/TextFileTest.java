package dossier.text;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFileTest {
    private static final String PATH = "content/about.md";

    private final Report report = new Report();

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private Optional<String> decode(byte[] bytes) {
        return TextFile.decode(bytes, PATH, report);
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> all = report.diagnostics();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void plainUtf8IsReturnedAsIs() {
        assertEquals(Optional.of("Seoul – Tokyo ‘trade’ 서울\n"), decode(bytes("Seoul – Tokyo ‘trade’ 서울\n")));
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertEquals(Optional.of("---\ntitle: x\n"), decode(bytes(0xEF, 0xBB, 0xBF, "---\ntitle: x\n")));
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertEquals(Optional.of("a\nb\nc\n\nd"), decode(bytes("a\r\nb\rc\r\n\rd")));
    }

    @Test
    void emptyFileIsEmptyText() {
        assertEquals(Optional.of(""), decode(new byte[0]));
        assertEquals(Optional.of(""), decode(bytes(0xEF, 0xBB, 0xBF)));
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void latin1ByteIsReportedAtItsLineAndColumnAndNoTextIsReturned() {
        // "café" saved as Latin-1 on line 3: é is the single byte 0xE9
        byte[] file = bytes("line one\nline two\ncaf", 0xE9, " au lait\n");
        assertEquals(Optional.empty(), decode(file));
        Diagnostic d = onlyDiagnostic();
        assertEquals("encoding", d.code());
        assertEquals(new Position(3, 4), d.position());
        assertEquals(PATH + ":3:4: error: file is not valid UTF-8: byte 0xE9 at offset 21; save it as UTF-8 [encoding]",
                d.format());
    }

    @Test
    void columnCountsCharactersNotBytesAndLinesAfterCrlf() {
        // line 2 holds two 3-byte characters before the bad byte; lines end in CRLF
        byte[] file = bytes("a\r\n‘x’", 0xFF, "\r\n");
        assertEquals(Optional.empty(), decode(file));
        Diagnostic d = onlyDiagnostic();
        assertEquals(new Position(2, 4), d.position());
        assertTrue(d.message().contains("byte 0xFF at offset 10"), d.message());
    }

    @Test
    void positionIgnoresTheByteOrderMark() {
        byte[] file = bytes(0xEF, 0xBB, 0xBF, "ab", 0xC3, "(");  // 0xC3 needs a continuation byte
        assertEquals(Optional.empty(), decode(file));
        Diagnostic d = onlyDiagnostic();
        assertEquals(new Position(1, 3), d.position());
        assertTrue(d.message().contains("byte 0xC3 at offset 5"), d.message());
    }

    @Test
    void truncatedSequenceAtTheEndIsReported() {
        byte[] file = bytes("ok\nend ", 0xE2, 0x80);  // the first two bytes of a 3-byte character
        assertEquals(Optional.empty(), decode(file));
        assertEquals(new Position(2, 5), onlyDiagnostic().position());
    }

    @Test
    void invalidSequencesAreNotDecodedIntoReplacementCharacters() {
        // an overlong encoding of '/' and a UTF-16 surrogate encoded as UTF-8 are both invalid
        assertEquals(Optional.empty(), decode(bytes("x", 0xC0, 0xAF)));
        assertEquals(Optional.empty(), decode(bytes("\n\ny", 0xED, 0xA0, 0x80)));
        List<Diagnostic> all = report.diagnostics();
        assertEquals(2, all.size(), all.toString());
        assertEquals(new Position(1, 2), all.get(0).position());
        assertEquals(new Position(3, 2), all.get(1).position());
    }

    @Test
    void readReportsAMissingFile(@TempDir Path site) {
        assertEquals(Optional.empty(), TextFile.read(site, "content/none.md", report));
        Diagnostic d = onlyDiagnostic();
        assertEquals("file-unreadable", d.code());
        assertEquals("content/none.md", d.path());
        assertEquals(Position.START, d.position());
    }

    @Test
    void readDecodesAFile(@TempDir Path site) throws Exception {
        Files.createDirectories(site.resolve("content"));
        Files.write(site.resolve("content/a.md"), bytes(0xEF, 0xBB, 0xBF, "x\r\ny"));
        assertEquals(Optional.of("x\ny"), TextFile.read(site, "content/a.md", report));
    }
}
