package dossier.search;

/**
 * A term's postings (ascending document ids, each with a weight) as a short ASCII string: a bit
 * stream written six bits to a character in the base64 alphabet ({@code A–Z a–z 0–9 + /}), first
 * bit highest. The stream holds, in Elias gamma code, the number of postings and k + 1, then for
 * each posting the gap to the previous document (minus one; the first is the id itself) in Rice
 * code with parameter k (the quotient in unary, ones ended by a zero, then k low bits), and the
 * weight in gamma code. k is chosen per term to make the stream shortest: a term in every other
 * document takes about four bits a posting, a rare one a few bits over the log of the gap.
 * assets/js/search.js decodes the same stream (see {@code decodePostings} there).
 */
final class Postings {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int MAX_K = 24;

    private Postings() {
    }

    /** docs ascending and at least 0; weights at least 1; both of the same length. */
    static String encode(int[] docs, int[] weights, int count) {
        int k = bestK(docs, count);
        Bits out = new Bits(count + 8);
        out.gamma(count + 1L);
        out.gamma(k + 1L);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int gap = docs[i] - previous - 1;
            if (gap < 0) {
                throw new IllegalArgumentException("document ids must ascend: " + docs[i] + " after " + previous);
            }
            out.rice(gap, k);
            out.gamma(weights[i]);
            previous = docs[i];
        }
        return out.text();
    }

    /** [docs, weights] of an encoded stream: the inverse of encode, for tests and tools. */
    static int[][] decode(String text) {
        Reader in = new Reader(text);
        int count = (int) in.gamma() - 1;
        int k = (int) in.gamma() - 1;
        int[] docs = new int[count];
        int[] weights = new int[count];
        int previous = -1;
        for (int i = 0; i < count; i++) {
            previous += in.rice(k) + 1;
            docs[i] = previous;
            weights[i] = (int) in.gamma();
        }
        return new int[][] {docs, weights};
    }

    private static int bestK(int[] docs, int count) {
        long[] cost = new long[MAX_K + 1];
        int previous = -1;
        for (int i = 0; i < count; i++) {
            long gap = docs[i] - previous - 1;
            for (int k = 0; k <= MAX_K; k++) {
                cost[k] += (gap >>> k) + 1 + k;
            }
            previous = docs[i];
        }
        int best = 0;
        for (int k = 1; k <= MAX_K; k++) {
            if (cost[k] < cost[best]) {
                best = k;
            }
        }
        return best;
    }

    private static final class Bits {
        private final StringBuilder text;
        private int pending; // bits not yet written, high first
        private int pendingCount;

        Bits(int capacity) {
            text = new StringBuilder(capacity);
        }

        void bit(int b) {
            pending = pending << 1 | b;
            if (++pendingCount == 6) {
                text.append(ALPHABET.charAt(pending));
                pending = 0;
                pendingCount = 0;
            }
        }

        void bits(long value, int n) {
            for (int i = n - 1; i >= 0; i--) {
                bit((int) (value >>> i) & 1);
            }
        }

        void gamma(long n) {
            int width = 64 - Long.numberOfLeadingZeros(n);
            for (int i = 1; i < width; i++) {
                bit(0);
            }
            bits(n, width);
        }

        void rice(long x, int k) {
            for (long q = x >>> k; q > 0; q--) {
                bit(1);
            }
            bit(0);
            bits(x, k);
        }

        String text() {
            if (pendingCount > 0) {
                text.append(ALPHABET.charAt(pending << (6 - pendingCount)));
                pending = 0;
                pendingCount = 0;
            }
            return text.toString();
        }
    }

    private static final class Reader {
        private final String text;
        private int at; // bit position

        Reader(String text) {
            this.text = text;
        }

        int bit() {
            int sextet = ALPHABET.indexOf(text.charAt(at / 6));
            int b = sextet >>> (5 - at % 6) & 1;
            at++;
            return b;
        }

        long gamma() {
            int zeros = 0;
            while (bit() == 0) {
                zeros++;
            }
            long n = 1;
            for (int i = 0; i < zeros; i++) {
                n = n << 1 | bit();
            }
            return n;
        }

        long rice(int k) {
            long q = 0;
            while (bit() == 1) {
                q++;
            }
            long r = 0;
            for (int i = 0; i < k; i++) {
                r = r << 1 | bit();
            }
            return q << k | r;
        }
    }
}
