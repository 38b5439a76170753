package dossier.cache;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The byte level of {@link ValueCodec}: variable-length integers (LEB128, zigzag for signed
 * values) and strings (ASCII or UTF-8, or, for a string with a lone surrogate, char by char with a
 * surrogate as three bytes of its own, so that every string comes back as it was), buffered, into
 * a stream, a digest or memory.
 */
public final class Bytes {
    private static final int ASCII = 0, UTF8 = 1, CHARS = 2;

    private Bytes() {
    }

    /** Where encoded bytes go. */
    public abstract static class Out {
        private final byte[] buffer;
        private int used;

        /** @param buffer how many bytes are gathered before they are handed on (at least 16) */
        protected Out(int buffer) {
            this.buffer = new byte[buffer];
        }

        /** Hands the buffered bytes on. */
        protected abstract void drain(byte[] bytes, int offset, int length) throws IOException;

        final void tag(int tag) throws IOException {
            room(1);
            buffer[used++] = (byte) tag;
        }

        final void varint(int value) throws IOException {
            varlong(value);
        }

        final void varlong(long value) throws IOException {
            room(10);
            long v = (value << 1) ^ (value >> 63); // zigzag: small negatives stay short
            while ((v & ~0x7FL) != 0) {
                buffer[used++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[used++] = (byte) v;
        }

        /**
         * A string: its form (ASCII, UTF-8, or char by char when it holds a lone surrogate, which
         * UTF-8 cannot carry), its length and its bytes. The first two are what nearly every string
         * is, and what the JDK encodes and decodes fastest.
         */
        final void string(String s) throws IOException {
            int form = form(s);
            if (form == CHARS) {
                tag(CHARS);
                chars(s);
                return;
            }
            byte[] bytes = s.getBytes(form == ASCII ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            tag(form);
            varint(bytes.length);
            bytes(bytes, 0, bytes.length);
        }

        private static int form(String s) {
            int form = ASCII;
            for (int i = 0, length = s.length(); i < length; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        return CHARS;
                    }
                    form = UTF8;
                }
            }
            return form;
        }

        private void chars(String s) throws IOException {
            int length = s.length();
            varint(length);
            for (int i = 0; i < length; i++) {
                if (buffer.length - used < 3) {
                    flush();
                }
                char c = s.charAt(i);
                if (c < 0x80) {
                    buffer[used++] = (byte) c;
                } else if (c < 0x800) {
                    buffer[used++] = (byte) (0xC0 | (c >> 6));
                    buffer[used++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    buffer[used++] = (byte) (0xE0 | (c >> 12));
                    buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buffer[used++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }

        final void bytes(byte[] bytes, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                flush();
                if (length > buffer.length) {
                    drain(bytes, offset, length);
                    return;
                }
            }
            System.arraycopy(bytes, offset, buffer, used, length);
            used += length;
        }

        private void room(int bytes) throws IOException {
            if (buffer.length - used < bytes) {
                flush();
            }
        }

        /** Hands on what is buffered. */
        public final void flush() throws IOException {
            if (used > 0) {
                drain(buffer, 0, used);
                used = 0;
            }
        }
    }

    /** Into a stream (a cache file); {@link #flush} before closing the stream. */
    public static final class StreamOut extends Out {
        private final OutputStream stream;

        public StreamOut(OutputStream stream) {
            super(1 << 16);
            this.stream = stream;
        }

        @Override
        protected void drain(byte[] bytes, int offset, int length) throws IOException {
            stream.write(bytes, offset, length);
        }
    }

    /** Into a SHA-256; one per thread, used again for each digest (digests are many and small). */
    static final class DigestOut extends Out {
        private static final ThreadLocal<DigestOut> MINE = ThreadLocal.withInitial(DigestOut::new);
        private final MessageDigest sha256;
        private boolean inUse;

        /** This thread's, unless it is computing a digest already (then a new one). */
        static DigestOut mine() {
            DigestOut out = MINE.get();
            return out.inUse ? new DigestOut() : out;
        }

        private DigestOut() {
            super(1 << 13);
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        @Override
        protected void drain(byte[] bytes, int offset, int length) {
            sha256.update(bytes, offset, length);
        }

        DigestOut begin() {
            inUse = true;
            return this;
        }

        /** The digest of what was written since {@link #begin}; this is then free again. */
        Digest digest() {
            try {
                flush();
                return Digest.fromSha256(sha256.digest());
            } catch (IOException e) {
                throw new IllegalStateException("a digest is computed in memory", e);
            } finally {
                inUse = false;
            }
        }

        /** Drops what was written (a value that cannot be digested); this is then free again. */
        void abandon() {
            try {
                flush();
            } catch (IOException e) {
                throw new IllegalStateException("a digest is computed in memory", e);
            } finally {
                sha256.reset();
                inUse = false;
            }
        }
    }

    /** Into memory. */
    static final class BufferOut extends Out {
        private byte[] bytes = new byte[64];
        private int size;

        BufferOut() {
            super(256);
        }

        @Override
        protected void drain(byte[] from, int offset, int length) {
            if (size + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            }
            System.arraycopy(from, offset, bytes, size, length);
            size += length;
        }

        byte[] toByteArray() throws IOException {
            flush();
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Where encoded bytes come from; the end of the stream before a value is complete is an error. */
    public static final class In {
        private final InputStream stream;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int available;
        private final long limit;

        /** @param limit the most bytes a single string or array may claim (a corrupt length must not allocate gigabytes) */
        public In(InputStream stream, long limit) {
            this.stream = stream;
            this.limit = limit;
        }

        private int next() throws IOException {
            if (position == available) {
                fill();
            }
            return buffer[position++] & 0xFF;
        }

        private void fill() throws IOException {
            available = stream.read(buffer, 0, buffer.length);
            position = 0;
            if (available <= 0) {
                available = 0;
                throw new EOFException("the cache ends inside a value");
            }
        }

        int tag() throws IOException {
            return next();
        }

        long limit() {
            return limit;
        }

        int varint() throws IOException {
            long value = varlong();
            if (value != (int) value) {
                throw new ValueCodec.CodecException("a number out of range");
            }
            return (int) value;
        }

        long varlong() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                int b = next();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return (v >>> 1) ^ -(v & 1);
                }
            }
            throw new ValueCodec.CodecException("a number too long");
        }

        /** A length: not negative, not past the limit. */
        int length() throws IOException {
            int length = varint();
            if (length < 0 || length > limit) {
                throw new ValueCodec.CodecException("a length out of range: " + length);
            }
            return length;
        }

        String string() throws IOException {
            int form = next();
            if (form == CHARS) {
                return chars();
            }
            if (form != ASCII && form != UTF8) {
                throw new ValueCodec.CodecException("not a string");
            }
            int length = length();
            java.nio.charset.Charset charset = form == ASCII ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
            if (available - position >= length) {
                String s = new String(buffer, position, length, charset);
                position += length;
                return s;
            }
            return new String(bytes(length), charset);
        }

        private String chars() throws IOException {
            int length = length();
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                int b = next();
                if (b < 0x80) {
                    chars[i] = (char) b;
                } else if ((b & 0xE0) == 0xC0) {
                    chars[i] = (char) (((b & 0x1F) << 6) | continuation());
                } else if ((b & 0xF0) == 0xE0) {
                    int middle = continuation();
                    chars[i] = (char) (((b & 0x0F) << 12) | (middle << 6) | continuation());
                } else {
                    throw new ValueCodec.CodecException("not a character");
                }
            }
            return new String(chars);
        }

        private int continuation() throws IOException {
            int b = next();
            if ((b & 0xC0) != 0x80) {
                throw new ValueCodec.CodecException("not a character");
            }
            return b & 0x3F;
        }

        byte[] bytes(int length) throws IOException {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; ) {
                if (position == available) {
                    fill();
                }
                int n = Math.min(length - i, available - position);
                System.arraycopy(buffer, position, bytes, i, n);
                position += n;
                i += n;
            }
            return bytes;
        }

        /** Whether every byte has been read (a cache file holds one value and nothing after it). */
        public boolean atEnd() throws IOException {
            if (position < available) {
                return false;
            }
            available = stream.read(buffer, 0, buffer.length);
            position = 0;
            if (available <= 0) {
                available = 0;
                return true;
            }
            return false;
        }
    }
}
