package dossier.yaml;

import dossier.diag.Position;
import dossier.diag.Span;

import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers where it stood in its file. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Position position();

    /** A human word for the node's shape, for "expected a list, found a text" messages. */
    String shape();

    /**
     * A scalar; {@code value} is null for YAML's null ({@code ~}, {@code null} or nothing).
     *
     * @param text where the value's characters stand as they are, on one line: a plain scalar's
     *             whole span, a quoted one's inside its quotes if it holds no escape, so that
     *             replacing the span replaces the value; else (escapes, several lines, a tag or an
     *             anchor before it, a block scalar) null
     */
    record Scalar(String value, boolean plainNull, Position position, Span text) implements YamlNode {
        public Scalar(String value, boolean plainNull, Position position) {
            this(value, plainNull, position, null);
        }

        public String shape() {
            return plainNull ? "nothing" : "a single value";
        }
    }

    /** @param keyEnds where each key written plain on one line ends (exclusive); other keys have none */
    record Mapping(Map<String, YamlNode> entries, Map<String, Position> keyPositions, Position position,
                   Map<String, Position> keyEnds) implements YamlNode {
        public Mapping(Map<String, YamlNode> entries, Map<String, Position> keyPositions, Position position) {
            this(entries, keyPositions, position, Map.of());
        }

        public String shape() {
            return "a mapping";
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {
        public String shape() {
            return "a list";
        }
    }
}
