package dossier.cache;

import dossier.diag.Position;
import dossier.diag.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueCodecTest {
    record Sample(String text, int number, long big, boolean flag, char letter, double fraction, Severity severity,
                  Optional<Position> at, List<String> words, Set<Integer> numbers, Map<String, Position> places,
                  SortedMap<String, Integer> sorted, byte[] bytes, int[] ints, String nothing) {
    }

    private static byte[] stored(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Bytes.StreamOut out = new Bytes.StreamOut(bytes);
        ValueCodec.write(value, out);
        out.flush();
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException {
        Bytes.In in = new Bytes.In(new ByteArrayInputStream(bytes), 1 << 20);
        Object value = ValueCodec.read(in);
        assertTrue(in.atEnd(), "one value, nothing after it");
        return value;
    }

    private static Sample sample() {
        return new Sample("Seoul \u2014 \uD83D\uDE00 lone \uD800 high, lone \uDC00 low", -7, Long.MIN_VALUE, true, '\u00e9', -0.5,
                Severity.WARNING, Optional.of(new Position(3, 14)), List.of("a", "", "\u00fc"), new LinkedHashSet<>(List.of(3, 1, 2)),
                new LinkedHashMap<>(Map.of("x", new Position(1, 1))), new TreeMap<>(Map.of("b", 2, "a", 1)),
                new byte[] {0, -1, 127}, new int[] {Integer.MIN_VALUE, 0, Integer.MAX_VALUE}, null);
    }

    @Test
    void everyKindOfValueComesBackAsItWas() throws IOException {
        Sample before = sample();
        Sample after = (Sample) read(stored(before));
        assertEquals(before.text(), after.text(), "lone surrogates too");
        assertEquals(List.of(before.number(), before.big(), before.flag(), before.letter(), before.fraction(), before.severity(), before.at(), before.words(), before.numbers(), before.places(), before.sorted()),
                List.of(after.number(), after.big(), after.flag(), after.letter(), after.fraction(), after.severity(), after.at(), after.words(), after.numbers(), after.places(), after.sorted()));
        assertEquals(new ArrayList<>(before.numbers()), new ArrayList<>(after.numbers()), "a set keeps its order");
        assertTrue(after.sorted() instanceof SortedMap, "a sorted map stays sorted");
        assertArrayEquals(before.bytes(), after.bytes());
        assertArrayEquals(before.ints(), after.ints());
        assertEquals(null, after.nothing());
    }

    @Test
    void aLargeMapIsStoredInChunksAndComesBackInOrder() throws IOException {
        Map<String, Position> large = new LinkedHashMap<>();
        TreeMap<String, Integer> sorted = new TreeMap<>();
        for (int i = 3 * ValueCodec.CHUNK + 17; i > 0; i--) {
            large.put("page-" + i, new Position(i, 1));
            sorted.put("key-" + i, i);
        }
        Map<?, ?> back = (Map<?, ?>) read(stored(large));
        assertEquals(new ArrayList<>(large.entrySet()), new ArrayList<>(back.entrySet()), "every entry, in order");
        Object sortedBack = read(stored(sorted));
        assertTrue(sortedBack instanceof SortedMap);
        assertEquals(sorted, sortedBack);
        assertEquals(Digest.of(large), Digest.of(back));
        byte[] whole = stored(large);
        byte[] damaged = whole.clone();
        damaged[damaged.length / 2] ^= 0x55;
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);
        assertThrows(Throwable.class, () -> assertEquals(large, read(damaged)), "a damaged chunk is an error or another value, never the same");
        assertThrows(Exception.class, () -> read(cut));
    }

    @Test
    void equalValuesHaveEqualDigestsWhateverTheirOrder() {
        Set<String> one = new HashSet<>();
        Set<String> other = new LinkedHashSet<>();
        for (int i = 0; i < 100; i++) {
            one.add("term" + i);
        }
        for (int i = 99; i >= 0; i--) {
            other.add("term" + i);
        }
        assertEquals(Digest.of(one), Digest.of(other));
        assertEquals(Digest.of(Map.of("a", 1, "b", 2)), Digest.of(new TreeMap<>(Map.of("b", 2, "a", 1))));
        assertEquals(Digest.of(List.of("x", "y")), Digest.of(new ArrayList<>(List.of("x", "y"))));
        assertEquals(Digest.of(sample().at()), Digest.of(Optional.of(new Position(3, 14))));
    }

    @Test
    void differentValuesHaveDifferentDigests() {
        assertNotEquals(Digest.of(List.of("ab", "c")), Digest.of(List.of("a", "bc")), "lengths are part of the form");
        assertNotEquals(Digest.of("\uD800"), Digest.of("?"), "a lone surrogate is not its replacement");
        assertNotEquals(Digest.of(1), Digest.of(1L));
        assertNotEquals(Digest.of(new Position(1, 2)), Digest.of(new Position(2, 1)));
        assertNotEquals(Digest.of(Optional.empty()), Digest.of((Object) null));
    }

    @Test
    void refusesWhatItCannotStore() {
        assertThrows(ValueCodec.CodecException.class, () -> stored(new Object()));
        assertThrows(ValueCodec.CodecException.class, () -> stored(List.of(new StringBuilder("x"))));
        assertThrows(ValueCodec.CodecException.class, () -> Digest.of(java.nio.file.Path.of("x")));
        assertThrows(ValueCodec.CodecException.class, () -> stored(new TreeMap<String, Integer>(java.util.Comparator.reverseOrder())));
    }

    @Test
    void readsNoClassButRecordsAndEnumsOfItsOwn() throws IOException {
        byte[] position = stored(new Position(1, 2));
        String name = Position.class.getName();
        for (String forged : List.of("java.lang.ProcessBuilder", "dossier.cli.Main", "dossier.no.Such")) {
            byte[] bytes = replace(position, name, forged);
            assertThrows(ValueCodec.CodecException.class, () -> read(bytes), forged);
        }
    }

    @Test
    void aDamagedStreamIsAnErrorNotAValue() throws IOException {
        byte[] whole = stored(sample());
        for (int cut = 0; cut < whole.length; cut += 7) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThrows(Exception.class, () -> read(part), "cut at " + cut);
        }
        byte[] huge = {1, 0, (byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F}; // a string claiming 2 GB
        assertThrows(ValueCodec.CodecException.class, () -> read(huge));
    }

    /** The stream with one class name swapped for another (its length byte too). */
    private static byte[] replace(byte[] bytes, String name, String by) {
        byte[] from = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + from.length), from)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(bytes, 0, i - 1);
                out.write(by.length() * 2); // the length, zigzag-coded, one byte
                out.writeBytes(by.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(bytes, i + from.length, bytes.length - i - from.length);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no " + name);
    }
}
