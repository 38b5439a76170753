package dossier.cache;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The build's own values as bytes and back: records and enums of Dossier's packages, strings,
 * boxed numbers, booleans and characters, lists, sets, maps, optionals, byte and int arrays, and
 * null. Nothing else encodes, and nothing else decodes: a record is rebuilt through its canonical
 * constructor (so its checks run), and a class name that is not a record or enum of
 * {@code dossier.*} is refused. This is why it is not Java serialisation or a general-purpose
 * mapper: a cache file is data, and decoding it can make no other kind of object.
 *
 * <p>Two forms. {@link #write stored}: values in their iteration order, a class named once and then
 * referred to by number. {@link #digestOf canonical}: every class named in full, and a set's or
 * map's elements sorted by their bytes, so that values that are {@code equals} give the same
 * digest whatever their iteration order. Neither keeps object identity: what two memos hold is
 * written twice and read back as two equal values (measured on a build cache: sharing saved less
 * than 1 %, and cost a table of every object written and read). Strings
 * are written as ASCII or UTF-8, or char by char when they hold a lone surrogate, so that every
 * string comes back as it was. A large map is stored in independent chunks (references do not
 * cross them), written and read on all cores: a build cache is mostly a few maps of thousands of
 * files.
 */
public final class ValueCodec {
    private static final String OWN_PACKAGES = "dossier.";
    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, TRUE = 4, FALSE = 5, CHAR = 6, DOUBLE = 7,
            LIST = 8, SET = 9, MAP = 10, EMPTY = 11, PRESENT = 12, RECORD = 13, ENUM = 14, BYTES = 15, INTS = 16,
            SORTED_MAP = 18, SORTED_SET = 19, CHUNKED_MAP = 20, CHUNKED_SORTED_MAP = 21;
    /** A stored map with more entries than this is written in chunks of this many, each on its own, so that all cores write and read it. */
    static final int CHUNK = 256;
    /** How many chunks are made or read at once: enough for every core, few enough that memory stays bounded. */
    private static final int IN_FLIGHT = 2 * Runtime.getRuntime().availableProcessors();

    private ValueCodec() {
    }

    /** A value that cannot be written or read back. */
    public static final class CodecException extends RuntimeException {
        CodecException(String message) {
            super(message);
        }

        CodecException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Writes the value in the stored form. */
    public static void write(Object value, Bytes.Out out) throws IOException {
        new Writer(out, false).value(value);
    }

    /** Reads a value written by {@link #write}. */
    public static Object read(Bytes.In in) throws IOException {
        return new Reader(in).value();
    }

    /** The SHA-256 of the value's canonical form: equal values (by {@code equals}) give equal digests. */
    public static Digest digestOf(Object value) {
        Bytes.DigestOut out = Bytes.DigestOut.mine().begin();
        try {
            new Writer(out, true).value(value);
        } catch (IOException | RuntimeException e) {
            out.abandon();
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a digest is computed in memory", e);
        }
        return out.digest();
    }

    /** How a record class is taken apart and made again; found once per class. */
    private record Shape(String name, MethodHandle[] accessors, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    var accessor = components[i].getAccessor();
                    accessor.setAccessible(true); // records nested privately in a memo
                    accessors[i] = MethodHandles.lookup().unreflect(accessor);
                    types[i] = components[i].getType();
                }
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(type.getName(), accessors, constructor);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new CodecException("cannot take apart " + type.getName(), e);
            }
        }
    };

    private static boolean own(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGES);
    }

    private static final class Writer {
        private final Bytes.Out out;
        private final boolean canonical;
        /** In the stored form, the classes named so far, by number. */
        private final Map<Class<?>, Integer> classes;

        Writer(Bytes.Out out, boolean canonical) {
            this.out = out;
            this.canonical = canonical;
            this.classes = canonical ? null : new IdentityHashMap<>();
        }

        void value(Object value) throws IOException {
            if (value == null) {
                out.tag(NULL);
                return;
            }
            if (value instanceof Boolean b) {
                out.tag(b ? TRUE : FALSE);
                return;
            }
            if (value instanceof Integer i) {
                out.tag(INT);
                out.varint(i);
                return;
            }
            if (value instanceof String s) {
                out.tag(STRING);
                out.string(s);
            } else if (value instanceof Long l) {
                out.tag(LONG);
                out.varlong(l);
            } else if (value instanceof Character c) {
                out.tag(CHAR);
                out.varint(c);
            } else if (value instanceof Double d) {
                out.tag(DOUBLE);
                out.varlong(Double.doubleToLongBits(d));
            } else if (value instanceof Optional<?> o) {
                if (o.isPresent()) {
                    out.tag(PRESENT);
                    value(o.get());
                } else {
                    out.tag(EMPTY);
                }
            } else if (value instanceof List<?> list) {
                out.tag(LIST);
                out.varint(list.size());
                for (Object element : list) {
                    value(element);
                }
            } else if (value instanceof Set<?> set) {
                set(set);
            } else if (value instanceof Map<?, ?> map) {
                map(map);
            } else if (value instanceof byte[] bytes) {
                out.tag(BYTES);
                out.varint(bytes.length);
                out.bytes(bytes, 0, bytes.length);
            } else if (value instanceof int[] ints) {
                out.tag(INTS);
                out.varint(ints.length);
                for (int i : ints) {
                    out.varint(i);
                }
            } else if (value instanceof Record record && own(record.getClass())) {
                record(record);
            } else if (value instanceof Enum<?> e && own(e.getDeclaringClass())) {
                out.tag(ENUM);
                className(e.getDeclaringClass());
                out.string(e.name());
            } else {
                throw new CodecException("cannot store a " + value.getClass().getName());
            }
        }

        private void record(Record record) throws IOException {
            Shape shape = SHAPES.get(record.getClass());
            out.tag(RECORD);
            className(record.getClass());
            for (MethodHandle accessor : shape.accessors()) {
                try {
                    value(accessor.invoke(record));
                } catch (IOException | RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new CodecException("cannot read a component of " + shape.name(), e);
                }
            }
        }

        private void className(Class<?> type) throws IOException {
            Integer known = canonical ? null : classes.get(type);
            if (known != null) {
                out.varint(known + 1);
            } else {
                out.varint(0);
                out.string(type.getName());
                if (!canonical) {
                    classes.put(type, classes.size());
                }
            }
        }

        private void set(Set<?> set) throws IOException {
            if (set instanceof SortedSet<?> sorted && sorted.comparator() != null) {
                throw new CodecException("cannot store a set sorted by a comparator");
            }
            out.tag(!canonical && set instanceof SortedSet ? SORTED_SET : SET);
            out.varint(set.size());
            if (canonical) {
                for (byte[] element : sortedForms(set)) {
                    out.bytes(element, 0, element.length);
                }
            } else {
                for (Object element : set) {
                    value(element);
                }
            }
        }

        private void map(Map<?, ?> map) throws IOException {
            if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() != null) {
                throw new CodecException("cannot store a map sorted by a comparator");
            }
            if (!canonical && map.size() > CHUNK) {
                chunked(map);
                return;
            }
            out.tag(!canonical && map instanceof SortedMap ? SORTED_MAP : MAP);
            out.varint(map.size());
            if (canonical) {
                List<byte[]> entries = new ArrayList<>(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    entries.add(canonicalForm(Arrays.asList(entry.getKey(), entry.getValue())));
                }
                entries.sort(Arrays::compareUnsigned);
                for (byte[] entry : entries) {
                    out.bytes(entry, 0, entry.length);
                }
            } else {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    value(entry.getKey());
                    value(entry.getValue());
                }
            }
        }

        /** The map's entries in chunks, each written by a writer of its own, a few chunks at a time on all cores. */
        private void chunked(Map<?, ?> map) throws IOException {
            out.tag(map instanceof SortedMap ? CHUNKED_SORTED_MAP : CHUNKED_MAP);
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            int chunks = (entries.size() + CHUNK - 1) / CHUNK;
            out.varint(chunks);
            for (int first = 0; first < chunks; first += IN_FLIGHT) {
                List<byte[]> made = java.util.stream.IntStream.range(first, Math.min(chunks, first + IN_FLIGHT)).parallel()
                        .mapToObj(chunk -> {
                            Bytes.BufferOut buffer = new Bytes.BufferOut();
                            Writer writer = new Writer(buffer, false);
                            List<Map.Entry<?, ?>> part = entries.subList(chunk * CHUNK, Math.min(entries.size(), (chunk + 1) * CHUNK));
                            try {
                                buffer.varint(part.size());
                                for (Map.Entry<?, ?> entry : part) {
                                    writer.value(entry.getKey());
                                    writer.value(entry.getValue());
                                }
                                return buffer.toByteArray();
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        })
                        .toList();
                for (byte[] chunk : made) {
                    out.varint(chunk.length);
                    out.bytes(chunk, 0, chunk.length);
                }
            }
        }

        private static List<byte[]> sortedForms(Collection<?> elements) throws IOException {
            List<byte[]> forms = new ArrayList<>(elements.size());
            for (Object element : elements) {
                forms.add(canonicalForm(element));
            }
            forms.sort(Arrays::compareUnsigned);
            return forms;
        }

        private static byte[] canonicalForm(Object value) throws IOException {
            Bytes.BufferOut buffer = new Bytes.BufferOut();
            new Writer(buffer, true).value(value);
            return buffer.toByteArray();
        }
    }

    private static final class Reader {
        private final Bytes.In in;
        private final List<Class<?>> classes = new ArrayList<>();

        Reader(Bytes.In in) {
            this.in = in;
        }

        Object value() throws IOException {
            int tag = in.tag();
            switch (tag) {
                case NULL:
                    return null;
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case INT:
                    return in.varint();
                default:
                    break;
            }
            return switch (tag) {
                case STRING -> in.string();
                case LONG -> in.varlong();
                case CHAR -> (char) in.varint();
                case DOUBLE -> Double.longBitsToDouble(in.varlong());
                case EMPTY -> Optional.empty();
                case PRESENT -> Optional.ofNullable(value());
                case LIST -> Collections.unmodifiableList(elements(new ArrayList<>()));
                case SET -> Collections.unmodifiableSet(elements(new LinkedHashSet<>()));
                case SORTED_SET -> Collections.unmodifiableSortedSet(elements(new TreeSet<>()));
                case MAP -> Collections.unmodifiableMap(entries(new LinkedHashMap<>()));
                case SORTED_MAP -> Collections.unmodifiableSortedMap(entries(new TreeMap<>()));
                case CHUNKED_MAP -> Collections.unmodifiableMap(chunks(new LinkedHashMap<>()));
                case CHUNKED_SORTED_MAP -> Collections.unmodifiableSortedMap(chunks(new TreeMap<>()));
                case BYTES -> in.bytes(in.length());
                case INTS -> ints();
                case RECORD -> record();
                case ENUM -> enumValue();
                default -> throw new CodecException("unknown tag " + tag);
            };
        }

        private <C extends Collection<Object>> C elements(C into) throws IOException {
            int size = in.length();
            for (int i = 0; i < size; i++) {
                into.add(value());
            }
            return into;
        }

        private <M extends Map<Object, Object>> M entries(M into) throws IOException {
            int size = in.length();
            for (int i = 0; i < size; i++) {
                Object key = value();
                into.put(key, value());
            }
            return into;
        }

        /** A chunked map's entries: a few chunks read at a time, each decoded on its own, on all cores. */
        private <M extends Map<Object, Object>> M chunks(M into) throws IOException {
            int chunks = in.length();
            for (int first = 0; first < chunks; first += IN_FLIGHT) {
                List<byte[]> read = new ArrayList<>();
                for (int chunk = first; chunk < Math.min(chunks, first + IN_FLIGHT); chunk++) {
                    read.add(in.bytes(in.length()));
                }
                List<Map<Object, Object>> parts = read.parallelStream().map(bytes -> {
                    try {
                        Bytes.In part = new Bytes.In(new java.io.ByteArrayInputStream(bytes), in.limit());
                        Map<Object, Object> entries = new Reader(part).entries(new LinkedHashMap<>());
                        if (!part.atEnd()) {
                            throw new CodecException("a chunk with bytes after its entries");
                        }
                        return entries;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
                parts.forEach(into::putAll);
            }
            return into;
        }

        private int[] ints() throws IOException {
            int[] ints = new int[in.length()];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = in.varint();
            }
            return ints;
        }

        private Object record() throws IOException {
            Class<?> type = className();
            if (!type.isRecord()) {
                throw new CodecException(type.getName() + " is not a record");
            }
            Shape shape = SHAPES.get(type);
            Object[] components = new Object[shape.accessors().length];
            for (int i = 0; i < components.length; i++) {
                components[i] = value();
            }
            try {
                return shape.constructor().newInstance(components);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new CodecException("cannot make a " + type.getName(), e);
            }
        }

        private Object enumValue() throws IOException {
            Class<?> type = className();
            if (!type.isEnum()) {
                throw new CodecException(type.getName() + " is not an enum");
            }
            String name = in.string();
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new CodecException(type.getName() + " has no " + name);
        }

        private Class<?> className() throws IOException {
            int known = in.varint();
            if (known > 0) {
                if (known > classes.size()) {
                    throw new CodecException("a reference to a class not read before");
                }
                return classes.get(known - 1);
            }
            String name = in.string();
            if (!name.startsWith(OWN_PACKAGES)) {
                throw new CodecException("refused: " + name);
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, ValueCodec.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new CodecException("no class " + name, e);
            }
            if (!type.isRecord() && !type.isEnum()) {
                throw new CodecException("refused: " + name);
            }
            classes.add(type);
            return type;
        }
    }
}
