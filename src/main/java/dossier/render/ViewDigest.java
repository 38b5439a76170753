package dossier.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * A SHA-256 digest of everything a template is given for one page: view records, lists, maps,
 * strings, numbers, booleans and enums, each with its type, so that two pages given equal data
 * digest alike and any difference in the data (a title, a backlink, a link's address) changes it.
 * Anything else (an object whose content the digest cannot see) makes the page undigestable, and
 * then it is always rendered: a digest never claims two pages equal when it cannot tell.
 */
final class ViewDigest {
    /** Views are trees of records a few levels deep; deeper means a cycle or a model object, not a view. */
    private static final int MAX_DEPTH = 32;
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = lookup.unreflect(components[i].getAccessor());
                }
            } catch (IllegalAccessException e) {
                return null; // not a public record: undigestable
            }
            return accessors;
        }
    };

    private final MessageDigest sha;

    private ViewDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The digest of the values in order, as hex; empty when one of them holds something it cannot see. */
    static Optional<String> of(Object... values) {
        ViewDigest digest = new ViewDigest();
        try {
            for (Object value : values) {
                digest.add(value, 0);
            }
        } catch (Undigestable e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.sha.digest()));
    }

    private void add(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Undigestable();
        }
        if (value == null) {
            tag('0');
        } else if (value instanceof CharSequence text) {
            tag('s');
            string(text.toString());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character || value instanceof Enum<?>) {
            tag('v');
            string(value.getClass().getName());
            string(value.toString());
        } else if (value instanceof Record record) {
            tag('r');
            string(record.getClass().getName());
            MethodHandle[] accessors = COMPONENTS.get(record.getClass());
            if (accessors == null) {
                throw new Undigestable();
            }
            for (MethodHandle accessor : accessors) {
                add(component(accessor, record), depth + 1);
            }
        } else if (value instanceof Collection<?> items) {
            tag('l');
            count(items.size());
            for (Object item : items) {
                add(item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            tag('m');
            count(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                add(entry.getKey(), depth + 1);
                add(entry.getValue(), depth + 1);
            }
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            add(optional.orElse(null), depth + 1);
        } else {
            throw new Undigestable();
        }
    }

    private static Object component(MethodHandle accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (Throwable e) {
            throw new Undigestable();
        }
    }

    private void tag(char tag) {
        sha.update((byte) tag);
    }

    private void count(int n) {
        sha.update(new byte[]{(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    /** Length first, so that "ab" + "c" and "a" + "bc" digest apart. */
    private void string(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        count(bytes.length);
        sha.update(bytes);
    }

    private static final class Undigestable extends RuntimeException {
        Undigestable() {
            super(null, null, false, false);
        }
    }
}
