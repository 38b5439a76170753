package dossier.cli;

import dossier.text.Json;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps (in their iteration order), lists, strings, integers and booleans as
 * JSON, two spaces an indent, so that the same tree always gives the same bytes. Nulls in a map
 * are left out: SARIF says "absent", not null.
 */
final class JsonTree {
    private JsonTree() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            object(map, depth, out);
        } else if (value instanceof List<?> list) {
            array(list, depth, out);
        } else if (value instanceof String text) {
            Json.appendQuoted(out, text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }

    private static void object(Map<?, ?> map, int depth, StringBuilder out) {
        List<? extends Map.Entry<?, ?>> entries = map.entrySet().stream().filter(e -> e.getValue() != null).toList();
        if (entries.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(depth + 1, out);
            Json.appendQuoted(out, (String) entries.get(i).getKey()).append(": ");
            write(entries.get(i).getValue(), depth + 1, out);
        }
        out.append('\n');
        indent(depth, out);
        out.append('}');
    }

    private static void array(List<?> list, int depth, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(depth + 1, out);
            write(list.get(i), depth + 1, out);
        }
        out.append('\n');
        indent(depth, out);
        out.append(']');
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }
}
