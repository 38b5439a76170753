package dossier.text;

import dossier.diag.LineMap;
import dossier.diag.Position;
import dossier.diag.Report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a content file as strict UTF-8: a byte-order mark is dropped, CRLF and lone CR become LF,
 * and bytes that are not UTF-8 are reported with the line and column where they start, never
 * decoded into replacement characters.
 */
public final class TextFile {
    private TextFile() {
    }

    /**
     * Reads a site file through {@link SitePaths} (inside the site, a regular file, within the size
     * limit), decodes it, and reports control characters (see {@link ControlCharacters}).
     */
    public static Optional<String> read(Path siteRoot, String relativePath, Report report) {
        return read(new SitePaths(siteRoot), relativePath, report);
    }

    /** The same, for a reader of many files: the site's real path is resolved once, not per file. */
    public static Optional<String> read(SitePaths site, String relativePath, Report report) {
        SitePaths.Resolved file = site.file(relativePath, relativePath, Position.START, "file", report);
        if (!file.ok() && !file.missing()) {
            return Optional.empty();
        }
        if (file.missing()) {
            // only when a listed file vanishes before it is read: one code for every failed read
            report.error("file-unreadable", relativePath, Position.START, "file not found");
            return Optional.empty();
        }
        return SitePaths.readBytes(file.path(), relativePath, Position.START, report)
                .flatMap(bytes -> decode(bytes, relativePath, report))
                .map(text -> ControlCharacters.check(text, relativePath, report));
    }

    public static Optional<String> decode(byte[] bytes, String relativePath, Report report) {
        int start = hasBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return Optional.of(normaliseLineEnds(text));
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes, start);
            String before = normaliseLineEnds(new String(bytes, start, bad - start, StandardCharsets.UTF_8));
            Position at = new LineMap(before).position(before.length());
            report.error("encoding", relativePath, at, String.format(
                    "file is not valid UTF-8: byte 0x%02X at offset %d; save it as UTF-8", bytes[bad] & 0xff, bad));
            return Optional.empty();
        }
    }

    public static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    /** The offset of the first byte that does not start a well-formed UTF-8 sequence. */
    static int firstInvalidByte(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return i;
            }
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, i, length));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += length;
        }
        return Math.min(from, bytes.length - 1);
    }
}
