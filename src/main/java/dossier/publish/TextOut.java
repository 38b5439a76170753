package dossier.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Text written to a file in UTF-8 as it is made, never held whole: appends gather in a buffer of
 * 64 K characters that is encoded and written each time it fills (unlike a {@code BufferedWriter},
 * no lock per append). Text already encoded (an export's part kept from the last build) can be
 * written between appends. Text that is not valid UTF-16 (a lone surrogate) fails the file with a
 * {@link MalformedInputException}, as a strict encoder does. A failure to write surfaces as an
 * {@link UncheckedIOException}, so that the exports can write from lambdas; {@link Publisher}
 * reports it.
 *
 * <p>It encodes by itself rather than through an {@code OutputStreamWriter}: at 10,000 articles
 * the annotations are 138 MB, and the JDK 17 encoder's loop past the first non-ASCII character of
 * each chunk was a sixth of the publish phase.
 */
final class TextOut {
    private static final int SIZE = 1 << 16;
    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(SIZE + 1024);
    private char[] chars = new char[SIZE + 1024];
    private byte[] bytes = new byte[3 * (SIZE + 1024)];

    TextOut(OutputStream out) {
        this.out = out;
    }

    TextOut append(CharSequence text) {
        buffer.append(text);
        if (buffer.length() >= SIZE) {
            drain(false);
        }
        return this;
    }

    TextOut append(char c) {
        buffer.append(c);
        if (buffer.length() >= SIZE) {
            drain(false);
        }
        return this;
    }

    TextOut append(int number) {
        buffer.append(number);
        if (buffer.length() >= SIZE) {
            drain(false);
        }
        return this;
    }

    /** Appends the text as a JSON string literal (made in the buffer, not as a string of its own). */
    TextOut appendJsonString(String text) {
        dossier.text.Json.appendQuoted(buffer, text);
        if (buffer.length() >= SIZE) {
            drain(false);
        }
        return this;
    }

    /** Writes text that is already UTF-8, after what is buffered. */
    TextOut appendUtf8(byte[] utf8) {
        drain(true);
        try {
            out.write(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes what is buffered and flushes the stream. */
    void flush() {
        drain(true);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encodes and writes the buffer. A high surrogate at its end waits for the low one that the
     * next append brings, unless {@code all} (then it is alone, and fails).
     */
    private void drain(boolean all) {
        int length = buffer.length();
        if (length == 0) {
            return;
        }
        if (chars.length < length) {
            chars = new char[length];
            bytes = new byte[3 * length];
        }
        buffer.getChars(0, length, chars, 0);
        int end = !all && Character.isHighSurrogate(chars[length - 1]) ? length - 1 : length;
        char[] c = chars;
        byte[] b = bytes;
        int n = 0;
        for (int i = 0; i < end; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                b[n++] = (byte) ch;
            } else if (ch < 0x800) {
                b[n++] = (byte) (0xC0 | ch >> 6);
                b[n++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                b[n++] = (byte) (0xE0 | ch >> 12);
                b[n++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(c[i + 1])) {
                int cp = Character.toCodePoint(ch, c[++i]);
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                throw new UncheckedIOException(new MalformedInputException(1));
            }
        }
        try {
            out.write(b, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.delete(0, end);
    }

    /** What {@code write} makes, as a string (for tests and small outputs). */
    static String text(java.util.function.Consumer<TextOut> write) {
        return new String(utf8(write), StandardCharsets.UTF_8);
    }

    /** What {@code write} makes, in UTF-8. */
    static byte[] utf8(java.util.function.Consumer<TextOut> write) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextOut out = new TextOut(bytes);
        write.accept(out);
        out.flush();
        return bytes.toByteArray();
    }
}
