package dossier.cache;

import java.nio.ByteBuffer;

/** A SHA-256, as four longs so that it compares and hashes as a value. */
public record Digest(long a, long b, long c, long d) implements Comparable<Digest> {
    static Digest fromSha256(byte[] sha256) {
        ByteBuffer bytes = ByteBuffer.wrap(sha256);
        return new Digest(bytes.getLong(), bytes.getLong(), bytes.getLong(), bytes.getLong());
    }

    /** The digest of any value {@link ValueCodec} can write: equal values give equal digests. */
    public static Digest of(Object value) {
        return ValueCodec.digestOf(value);
    }

    @Override
    public int compareTo(Digest other) {
        int order = Long.compareUnsigned(a, other.a);
        order = order != 0 ? order : Long.compareUnsigned(b, other.b);
        order = order != 0 ? order : Long.compareUnsigned(c, other.c);
        return order != 0 ? order : Long.compareUnsigned(d, other.d);
    }

    @Override
    public String toString() {
        return String.format("%016x%016x%016x%016x", a, b, c, d);
    }
}
