package dossier.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small recursive-descent JSON reader that keeps what it can, so that a damaged export still
 * yields its fields. Objects become {@code LinkedHashMap} (field order kept), arrays
 * {@code List}, numbers {@code BigDecimal}, plus String, Boolean and null.
 *
 * <p>Recovery, each recorded as a problem: raw control characters (line breaks) inside strings
 * are kept; an unknown escape keeps its character; a value cut off by the end of the text is
 * taken up to there (a string up to the last whole character, an object with the fields read so
 * far) and its path recorded; at a syntax error reading stops and everything read so far is kept.
 * Nesting deeper than {@value #MAX_DEPTH} stops reading, so the recursion stays shallow.
 */
final class LenientJson {
    static final int MAX_DEPTH = 200;
    private static final int MAX_PROBLEMS = 10;

    /**
     * @param value     the top-level value (null when there is none)
     * @param problems  why the text is not valid JSON, in reading order; empty when it is valid
     * @param cutInside the path ("content.rendered", "tags[2]", "" for the top level) of the
     *                  innermost value the text ends inside, or null when the text is complete
     */
    record Result(Object value, List<String> problems, String cutInside) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final String text;
    private final List<String> path = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int pos;
    private String cutInside;
    private boolean stopped;

    private LenientJson(String text) {
        this.text = text;
    }

    static Result parse(String text) {
        LenientJson reader = new LenientJson(text);
        Object value = reader.value(0);
        reader.skipSpace();
        if (!reader.stopped && !reader.atEnd()) {
            reader.problem(reader.pos, "more text after the end of the JSON value");
        }
        return new Result(value, List.copyOf(reader.problems), reader.cutInside);
    }

    private Object value(int depth) {
        skipSpace();
        if (atEnd()) {
            return cut();
        }
        char c = text.charAt(pos);
        if (depth >= MAX_DEPTH && (c == '{' || c == '[')) {
            return stop("nesting deeper than " + MAX_DEPTH + " levels");
        }
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> c == '-' || c >= '0' && c <= '9' ? number() : stop("unexpected " + describe(c));
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        while (!stopped) {
            skipSpace();
            if (atEnd()) {
                cut();
            } else if (text.charAt(pos) == '}') {
                pos++;
                break;
            } else if ((map.isEmpty() || expect(',')) && field(map, depth)) {
                continue;
            }
            break;
        }
        return map;
    }

    /** Reads one "name": value into map; false when reading stopped before a value began. */
    private boolean field(Map<String, Object> map, int depth) {
        skipSpace();
        if (atEnd()) {
            cut();
            return false;
        }
        if (text.charAt(pos) != '"') {
            stop("expected a field name but found " + describe(text.charAt(pos)));
            return false;
        }
        String key = string();
        path.add(key);
        try {
            skipSpace();
            if (stopped || atEnd()) {
                cut();
                return false;
            }
            if (!expect(':')) {
                return false;
            }
            Object value = value(depth + 1);
            if (!(stopped && value == null)) {
                map.put(key, value); // a value cut off before it began is left out
            }
            return true;
        } finally {
            path.remove(path.size() - 1);
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        while (!stopped) {
            skipSpace();
            if (atEnd()) {
                cut();
                break;
            }
            if (text.charAt(pos) == ']') {
                pos++;
                break;
            }
            if (!list.isEmpty() && !expect(',')) {
                break;
            }
            path.add("[" + list.size() + "]");
            Object value = value(depth + 1);
            path.remove(path.size() - 1);
            if (!(stopped && value == null)) {
                list.add(value);
            }
        }
        return list;
    }

    private String string() {
        pos++; // the opening quote
        StringBuilder out = new StringBuilder();
        boolean rawControlSeen = false;
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                escape(out);
            } else {
                if (c < 0x20 && !rawControlSeen) {
                    rawControlSeen = true;
                    problem(pos - 1, "the string " + pathName() + " contains a raw "
                            + (c == '\n' ? "line break" : "control character"));
                }
                out.append(c);
            }
        }
        cut();
        return out.toString();
    }

    /** Reads the escape after a backslash; an escape cut off by the end of the text is dropped. */
    private void escape(StringBuilder out) {
        if (atEnd()) {
            return;
        }
        char e = text.charAt(pos++);
        switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> unicodeEscape(out);
            default -> {
                problem(pos - 2, "unknown escape \\" + e + " in " + pathName());
                out.append(e);
            }
        }
    }

    private void unicodeEscape(StringBuilder out) {
        if (pos + 4 > text.length()) {
            pos = text.length();
            return;
        }
        String hex = text.substring(pos, pos + 4);
        if (hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
            out.append((char) Integer.parseInt(hex, 16)); // surrogate pairs arrive as two escapes
            pos += 4;
        } else {
            problem(pos - 2, "bad escape \\u" + hex + " in " + pathName());
            out.append('u');
        }
    }

    private Object number() {
        int start = pos;
        while (!atEnd() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            if (atEnd()) {
                return cut();
            }
            pos = start;
            return stop("bad number");
        }
    }

    private Object literal(String word, Object value) {
        if (text.startsWith(word, pos)) {
            pos += word.length();
            return value;
        }
        if (word.startsWith(text.substring(pos))) {
            pos = text.length();
            return cut();
        }
        return stop("unexpected " + describe(text.charAt(pos)));
    }

    private boolean expect(char c) {
        if (text.charAt(pos) == c) {
            pos++;
            return true;
        }
        stop("expected '" + c + "' but found " + describe(text.charAt(pos)));
        return false;
    }

    private Object cut() {
        if (cutInside == null && !stopped) {
            cutInside = joinedPath();
            problem(text.length(), "the text ends inside " + pathName());
        }
        stopped = true;
        return null;
    }

    private Object stop(String what) {
        problem(pos, what + " in " + pathName());
        stopped = true;
        return null;
    }

    private void problem(int at, String message) {
        if (problems.size() < MAX_PROBLEMS) { // also bounds the cost of counting lines
            problems.add(where(at) + ": " + message);
        }
    }

    private String joinedPath() {
        return String.join(".", path).replace(".[", "[");
    }

    private String pathName() {
        String p = joinedPath();
        return p.isEmpty() ? "the top-level value" : p;
    }

    private String where(int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (at - lineStart + 1);
    }

    private static String describe(char c) {
        return c < 0x20 ? String.format("character U+%04X", (int) c) : "'" + c + "'";
    }

    private void skipSpace() {
        while (!atEnd() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }
}
