package dossier.source;

import java.io.ByteArrayOutputStream;

/**
 * Tells an archive whose line endings were converted (git's autocrlf, an editor) from one whose
 * content changed: the first is fixed by checking it out byte for byte, the second is not.
 */
final class LineEnds {
    private LineEnds() {
    }

    /** Whether the bytes hash to {@code sha256} once CRLF becomes LF, or LF becomes CRLF. */
    static boolean convertedFrom(byte[] bytes, String sha256) {
        return SourceRecordReader.sha256(toLf(bytes)).equalsIgnoreCase(sha256)
                || SourceRecordReader.sha256(toCrlf(bytes)).equalsIgnoreCase(sha256);
    }

    static byte[] toLf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    /** Every LF not already after a CR gets one, as git's checkout with autocrlf does. */
    static byte[] toCrlf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 40);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(bytes[i]);
        }
        return out.toByteArray();
    }
}
