package dossier.yaml;

import dossier.diag.Position;

import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers where it stood in its file. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Position position();

    /** A human word for the node's shape, for "expected a list, found a text" messages. */
    String shape();

    /** A scalar; {@code value} is null for YAML's null ({@code ~}, {@code null} or nothing). */
    record Scalar(String value, boolean plainNull, Position position) implements YamlNode {
        public String shape() {
            return plainNull ? "nothing" : "a single value";
        }
    }

    record Mapping(Map<String, YamlNode> entries, Map<String, Position> keyPositions, Position position)
            implements YamlNode {
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
