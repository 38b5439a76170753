package dossier.yaml;

import dossier.diag.Position;
import dossier.diag.Span;
import dossier.text.ControlCharacters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tree of a document written in the simple block layout of generated source records
 * ({@code source.SourceRecordWriter}): comment lines at the top, then {@code key: value} lines,
 * nested two spaces deeper, lists of mappings as {@code - key: value}, values either a plain word
 * or a one-line double-quoted string with JSON's escapes. Such a record is most of what a cold
 * bake parses, and SnakeYAML takes several times longer over it.
 *
 * Anything else, or anything about which SnakeYAML would report a problem (a limit, a duplicate
 * key, a control character written as an escape), is declined (empty), and the document is parsed
 * by SnakeYAML as before: a tree given here is exactly the one {@link YamlReader}'s SnakeYAML path
 * gives, with the same positions, and nothing is reported.
 */
final class SimpleBlockYaml {
    /** Far below SnakeYAML's limit on a key's length. */
    private static final int MAX_KEY = 100;
    private final String text;
    private final int lineOffset;
    private final YamlLimits limits;
    /** Start of each line; the last entry is one past the end of the text. */
    private final int[] lineStarts;
    private int line;
    private int nodes;

    /**
     * Unwinds the descent at the first line outside the layout; never leaves this class. One shared
     * instance without a stack trace: a page's front matter is declined this way on every build.
     */
    private static final class Declined extends RuntimeException {
        private static final Declined INSTANCE = new Declined();

        private Declined() {
            super(null, null, false, false);
        }
    }

    private SimpleBlockYaml(String text, int lineOffset, YamlLimits limits, int[] lineStarts) {
        this.text = text;
        this.lineOffset = lineOffset;
        this.limits = limits;
        this.lineStarts = lineStarts;
    }

    /** The document's tree, or empty when it is not in the layout (SnakeYAML is to parse it). */
    static Optional<YamlNode> parse(String text, int lineOffset, YamlLimits limits) {
        int[] lineStarts = lineStarts(text);
        if (lineStarts == null) {
            return Optional.empty();
        }
        SimpleBlockYaml parser = new SimpleBlockYaml(text, lineOffset, limits, lineStarts);
        try {
            return Optional.of(parser.document());
        } catch (Declined e) {
            return Optional.empty();
        }
    }

    /**
     * Where each line starts; null when the text holds a character that SnakeYAML reads otherwise
     * than as itself or refuses (a tab, CR, a non-printing or line-breaking character, a byte-order
     * mark, a lone surrogate) or is not ended by a line end.
     */
    private static int[] lineStarts(String text) {
        if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
            return null;
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                count++;
            } else if (c < 0x20 || c > 0x7E && !isPlainUnicode(text, i)) {
                return null;
            } else if (Character.isHighSurrogate(c)) {
                i++; // its low surrogate, checked by isPlainUnicode
            }
        }
        int[] starts = new int[count + 1];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    /** A character past ASCII that SnakeYAML takes as printable text: no C1 control, line separator or BOM. */
    private static boolean isPlainUnicode(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return c >= 0xA0 && c != '\u2028' && c != '\u2029' && c != '\uFEFF' && !Character.isLowSurrogate(c) && c <= 0xFFFD;
    }

    private YamlNode document() {
        int lines = lineStarts.length - 1;
        while (line < lines && text.charAt(lineStarts[line]) == '#') {
            line++;
        }
        if (line == lines || indent(line) != 0) {
            throw Declined.INSTANCE;
        }
        YamlNode root = mapping(0, false, 1);
        if (line != lines) {
            throw Declined.INSTANCE;
        }
        return root;
    }

    /**
     * A block mapping whose keys stand at column {@code indent}; {@code afterDash} when its first
     * key follows a list item's "- " on the same line.
     */
    private YamlNode.Mapping mapping(int indent, boolean afterDash, int depth) {
        countCollection(depth);
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Position> keys = new LinkedHashMap<>();
        Map<String, Position> keyEnds = new LinkedHashMap<>();
        Position at = position(line, indent);
        boolean first = true;
        while (line < lineStarts.length - 1 && (first && afterDash || indent(line) == indent)) {
            first = false;
            int start = lineStarts[line] + indent;
            int colon = keyEnd(start);
            String key = text.substring(start, colon);
            count();
            if (entries.containsKey(key)) {
                throw Declined.INSTANCE; // SnakeYAML's path reports it
            }
            keys.put(key, position(line, indent));
            keyEnds.put(key, position(line, indent + key.length()));
            int end = lineStarts[line + 1] - 1;
            if (colon + 1 == end) {
                line++;
                entries.put(key, block(indent + 2, depth + 1));
            } else if (text.charAt(colon + 1) == ' ') {
                entries.put(key, scalar(colon + 2, end));
                line++;
            } else {
                throw Declined.INSTANCE;
            }
        }
        if (line < lineStarts.length - 1 && indent(line) > indent) {
            throw Declined.INSTANCE;
        }
        return new YamlNode.Mapping(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keys), at,
                Collections.unmodifiableMap(keyEnds));
    }

    /** The value of a key that ends its line: a mapping or a list two columns deeper. */
    private YamlNode block(int indent, int depth) {
        if (line == lineStarts.length - 1 || indent(line) != indent) {
            throw Declined.INSTANCE; // nothing (a null) or another indentation: SnakeYAML places those
        }
        if (!text.startsWith("- ", lineStarts[line] + indent)) {
            return mapping(indent, false, depth);
        }
        countCollection(depth);
        Position at = position(line, indent);
        List<YamlNode> items = new ArrayList<>();
        while (line < lineStarts.length - 1 && indent(line) == indent && text.startsWith("- ", lineStarts[line] + indent)) {
            items.add(mapping(indent + 2, true, depth + 1));
        }
        if (line < lineStarts.length - 1 && indent(line) > indent) {
            throw Declined.INSTANCE;
        }
        return new YamlNode.Sequence(Collections.unmodifiableList(items), at);
    }

    /** A value from {@code start} to the end of its line: a plain word or a double-quoted string. */
    private YamlNode.Scalar scalar(int start, int end) {
        count();
        Position at = position(line, start - lineStarts[line]);
        boolean plain = text.charAt(start) != '"';
        String value = plain ? plainWord(start, end) : quoted(start, end);
        boolean isNull = plain && (value.equals("null") || value.equals("Null") || value.equals("NULL"));
        if (!isNull && ControlCharacters.first(value) >= 0) {
            throw Declined.INSTANCE; // an escape wrote a control character: SnakeYAML's path reports it
        }
        // as YamlReader does: the value's own characters, a quoted one's inside its quotes unless an escape shortened it
        int from = plain ? start : start + 1;
        boolean verbatim = !isNull && !value.isEmpty() && value.length() == (plain ? end : end - 1) - from;
        Span text = verbatim ? new Span(position(line, from - lineStarts[line]), position(line, from + value.length() - lineStarts[line])) : null;
        return new YamlNode.Scalar(isNull ? null : value, isNull, at, text);
    }

    /** A plain scalar made of letters, digits, '.', '_' and '-', starting with a letter or digit. */
    private String plainWord(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(isAsciiLetterOrDigit(c) || i > start && (c == '.' || c == '_' || c == '-'))) {
                throw Declined.INSTANCE;
            }
        }
        if (start == end) {
            throw Declined.INSTANCE;
        }
        return text.substring(start, end);
    }

    /** A double-quoted scalar that closes at the end of its line, with the escapes JSON has. */
    private String quoted(int start, int end) {
        StringBuilder value = null;
        int run = start + 1;
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i != end - 1) {
                    throw Declined.INSTANCE;
                }
                return value == null ? text.substring(start + 1, i) : value.append(text, run, i).toString();
            }
            if (c == '\\') {
                if (value == null) {
                    value = new StringBuilder(end - start);
                }
                value.append(text, run, i);
                i = escape(i, end, value);
                run = i + 1;
            }
        }
        throw Declined.INSTANCE; // not closed on its line: SnakeYAML folds or refuses it
    }

    /** Appends the character the escape at {@code i} stands for; returns the index of its last character. */
    private int escape(int i, int end, StringBuilder value) {
        if (i + 1 >= end) {
            throw Declined.INSTANCE;
        }
        char c = text.charAt(i + 1);
        switch (c) {
            case '"', '\\' -> value.append(c);
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> {
                if (i + 6 > end) {
                    throw Declined.INSTANCE;
                }
                int code = 0;
                for (int k = i + 2; k < i + 6; k++) {
                    int digit = Character.digit(text.charAt(k), 16);
                    if (digit < 0 || text.charAt(k) > 0x7F) {
                        throw Declined.INSTANCE;
                    }
                    code = code * 16 + digit;
                }
                if (Character.isSurrogate((char) code)) {
                    throw Declined.INSTANCE;
                }
                value.append((char) code);
                return i + 5;
            }
            default -> throw Declined.INSTANCE;
        }
        return i + 1;
    }

    /** The end of the key that starts at {@code start}: its colon. */
    private int keyEnd(int start) {
        int end = lineStarts[line + 1] - 1;
        int i = start;
        while (i < end && (isAsciiLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || i > start && text.charAt(i) == '-')) {
            i++;
        }
        // SnakeYAML refuses a key longer than 1,024 characters: a long one is left to it
        if (i == start || i == end || text.charAt(i) != ':' || i - start > MAX_KEY) {
            throw Declined.INSTANCE;
        }
        return i;
    }

    /** The spaces a line starts with. */
    private int indent(int n) {
        int start = lineStarts[n];
        int i = start;
        while (text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    private void count() {
        if (++nodes > limits.nodes()) {
            throw Declined.INSTANCE; // SnakeYAML's path reports the limit where it is passed
        }
    }

    private void countCollection(int depth) {
        count();
        if (depth > limits.depth()) {
            throw Declined.INSTANCE;
        }
    }

    private Position position(int n, int column) {
        return new Position(n + 1 + lineOffset, column + 1);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
