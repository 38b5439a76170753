package dossier.search;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The postings' bit stream: what goes in comes out, in few bytes, in the base64 alphabet only. */
class PostingsTest {

    @Test
    void roundTripsEdgeCases() {
        roundTrip(new int[] {}, new int[] {});
        roundTrip(new int[] {0}, new int[] {1});
        roundTrip(new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 99});
        roundTrip(new int[] {5, 1_000_000, 2_000_000_000}, new int[] {4, 1, 7});
        roundTrip(new int[] {Integer.MAX_VALUE}, new int[] {InvertedIndex.MAX_WEIGHT});
    }

    @Test
    void roundTripsRandomListsOfEveryDensity() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(2000);
            int spread = 1 + random.nextInt(1 << random.nextInt(20));
            int[] docs = new int[n];
            int[] weights = new int[n];
            int doc = -1;
            for (int i = 0; i < n; i++) {
                doc += 1 + random.nextInt(spread);
                docs[i] = doc;
                weights[i] = 1 + (random.nextInt(10) == 0 ? random.nextInt(99) : random.nextInt(3));
            }
            roundTrip(docs, weights);
        }
    }

    @Test
    void aTermInEveryOtherDocumentTakesAboutFourBitsAPosting() {
        Random random = new Random(7);
        int n = 100_000;
        int[] docs = new int[n];
        int[] weights = new int[n];
        int doc = -1;
        for (int i = 0; i < n; i++) {
            doc += 1 + (random.nextBoolean() ? 0 : 1 + random.nextInt(2));
            docs[i] = doc;
            weights[i] = 1 + random.nextInt(3);
        }
        String text = Postings.encode(docs, weights, n);
        double bits = text.length() * 6.0 / n;
        assertTrue(bits < 4.5, bits + " bits a posting");
    }

    @Test
    void refusesDocumentsOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> Postings.encode(new int[] {3, 3}, new int[] {1, 1}, 2));
        assertThrows(IllegalArgumentException.class, () -> Postings.encode(new int[] {4, 2}, new int[] {1, 1}, 2));
    }

    private static void roundTrip(int[] docs, int[] weights) {
        String text = Postings.encode(docs, weights, docs.length);
        assertTrue(text.chars().allMatch(c -> Postings.ALPHABET.indexOf(c) >= 0), text);
        int[][] back = Postings.decode(text);
        assertArrayEquals(docs, back[0], Arrays.toString(docs));
        assertArrayEquals(weights, back[1]);
        assertEquals(text, Postings.encode(docs, weights, docs.length), "deterministic");
    }
}
