package dossier.publish;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON from maps (in their iteration order), lists, strings, numbers, booleans and null,
 * indented by two spaces, so that the same data always gives the same bytes. A {@link Items}
 * is a list whose items are made one at a time as they are written, so that a collection of
 * tens of thousands of items is never held whole.
 */
final class Json {
    private Json() {
    }

    /** A list written as its items are made (iterated once). */
    record Items(Iterable<?> items) {
    }

    /**
     * JSON already written, in UTF-8, as an item of a list: one item, or several as {@link #run}
     * writes them at the list's depth.
     */
    record Utf8(byte[] json) {
    }

    static String write(Object value) {
        return TextOut.text(out -> write(value, out));
    }

    static void write(Object value, TextOut out) {
        write(value, out, 0);
        out.append('\n');
    }

    private static void write(Object value, TextOut out, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (var entry : map.entrySet()) {
                indent(out, depth + 1);
                string(entry.getKey().toString(), out);
                out.append(": ");
                write(entry.getValue(), out, depth + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            items(list.iterator(), out, depth);
        } else if (value instanceof Items stream) {
            items(stream.items().iterator(), out, depth);
        } else if (value instanceof Utf8 json) {
            out.appendUtf8(json.json());
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }

    private static void items(Iterator<?> items, TextOut out, int depth) {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        while (items.hasNext()) {
            indent(out, depth + 1);
            write(items.next(), out, depth + 1);
            out.append(items.hasNext() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append(']');
    }

    /**
     * Writes items as a list at {@code depth} holds them, without its brackets, the first item's
     * indent or the last one's line end: a part of a longer list, for a {@link Utf8} item.
     */
    static void run(List<?> items, TextOut out, int depth) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(",\n");
                indent(out, depth + 1);
            }
            write(items.get(i), out, depth + 1);
        }
    }

    private static void indent(TextOut out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** A JSON string; U+2028/2029 escaped too, so the text is also safe to embed as JavaScript. */
    static void string(String text, TextOut out) {
        out.appendJsonString(text);
    }
}
