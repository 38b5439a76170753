package dossier.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Text written to a file as it is made, never held whole: appends gather in a buffer of 64 K
 * characters that goes to the writer each time it fills (unlike a {@code BufferedWriter}, no lock
 * per append). A failure to write surfaces as an {@link UncheckedIOException}, so that the
 * exports can write from lambdas; {@link Publisher} reports it.
 */
final class TextOut {
    private static final int SIZE = 1 << 16;
    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(SIZE + 1024);
    private final char[] chars = new char[SIZE + 1024];

    TextOut(Writer out) {
        this.out = out;
    }

    TextOut append(CharSequence text) {
        buffer.append(text);
        if (buffer.length() >= SIZE) {
            drain();
        }
        return this;
    }

    TextOut append(char c) {
        buffer.append(c);
        if (buffer.length() >= SIZE) {
            drain();
        }
        return this;
    }

    TextOut append(int number) {
        return append(Integer.toString(number));
    }

    /** Writes what is buffered and flushes the writer. */
    void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drain() {
        try {
            int length = buffer.length();
            char[] into = length <= chars.length ? chars : new char[length];
            buffer.getChars(0, length, into, 0);
            out.write(into, 0, length);
            buffer.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code write} makes, as a string (for tests and small outputs). */
    static String text(java.util.function.Consumer<TextOut> write) {
        java.io.StringWriter text = new java.io.StringWriter();
        TextOut out = new TextOut(text);
        write.accept(out);
        out.flush();
        return text.toString();
    }
}
