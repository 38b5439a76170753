package dossier.yaml;

import dossier.diag.Position;
import dossier.diag.Report;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses YAML into {@link YamlNode}s with positions, reporting syntax errors and duplicate keys
 * as diagnostics. Only the node graph is composed: no Java objects are constructed from tags.
 */
public final class YamlReader {
    private static final int MAX_ALIASES = 20;

    private YamlReader() {
    }

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts after "---")
     */
    public static Optional<YamlNode> parse(String text, String path, int lineOffset, Report report) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(8 * 1024 * 1024);
        Node root;
        try {
            // the composer alone, as Yaml.compose runs it, without the object constructor and representer Yaml sets up
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            // "found unexpected end of stream" points past the text: the context (the unclosed quote) is where to look
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Mark mark = e.getContextMark() != null && (atEnd || e.getProblemMark() == null) ? e.getContextMark() : e.getProblemMark();
            Position at = mark == null ? Position.START.plusLines(lineOffset) : position(mark, lineOffset);
            report.error("yaml-syntax", path, at, "malformed YAML: " + describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            report.error("yaml-syntax", path, Position.START.plusLines(lineOffset), "malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            return Optional.of(new YamlNode.Mapping(Map.of(), Map.of(), Position.START.plusLines(lineOffset)));
        }
        try {
            return Optional.of(convert(root, path, lineOffset, report, Collections.newSetFromMap(new IdentityHashMap<>())));
        } catch (RecursiveAlias e) {
            report.error("yaml-syntax", path, position(e.node.getStartMark(), lineOffset),
                    "malformed YAML: an alias refers to a node that contains it");
            return Optional.empty();
        }
    }

    /** SnakeYAML composes {@code &a [*a]} into a node that contains itself; following it would never end. */
    private static final class RecursiveAlias extends RuntimeException {
        final transient Node node;

        RecursiveAlias(Node node) {
            super(null, null, false, false);
            this.node = node;
        }
    }

    /** @param open the collections being converted, outermost first: an alias back to one of them is a cycle */
    private static YamlNode convert(Node node, String path, int lineOffset, Report report, Set<Node> open) {
        Position at = position(node.getStartMark(), lineOffset);
        if (node instanceof ScalarNode scalar) {
            boolean isNull = scalar.getTag().equals(Tag.NULL);
            if (!isNull) {
                // escapes ("\0", "\u202E") write what the file's text may not hold
                dossier.text.ControlCharacters.checkValue(scalar.getValue(), "value", path, at, report);
            }
            return new YamlNode.Scalar(isNull ? null : scalar.getValue(), isNull, at);
        }
        if (!open.add(node)) {
            throw new RecursiveAlias(node);
        }
        try {
            return convertCollection(node, at, path, lineOffset, report, open);
        } finally {
            open.remove(node);
        }
    }

    private static YamlNode convertCollection(Node node, Position at, String path, int lineOffset, Report report, Set<Node> open) {
        if (node instanceof SequenceNode sequence) {
            var items = new ArrayList<YamlNode>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, path, lineOffset, report, open));
            }
            return new YamlNode.Sequence(Collections.unmodifiableList(items), at);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Position> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Position keyAt = position(tuple.getKeyNode().getStartMark(), lineOffset);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                report.error("yaml-key", path, keyAt, "a key must be a plain name, not " + shape(tuple.getKeyNode()));
                continue;
            }
            String key = keyNode.getValue();
            dossier.text.ControlCharacters.checkValue(key, "key", path, keyAt, report);
            if (entries.containsKey(key)) {
                Position first = keys.get(key);
                report.error("yaml-duplicate-key", path, keyAt,
                        "duplicate key '" + key + "' (first set at line " + first.line() + ")");
                continue;
            }
            keys.put(key, keyAt);
            entries.put(key, convert(tuple.getValueNode(), path, lineOffset, report, open));
        }
        return new YamlNode.Mapping(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keys), at);
    }

    private static String shape(Node node) {
        return node instanceof SequenceNode ? "a list" : node instanceof MappingNode ? "a mapping" : "a single value";
    }

    private static Position position(Mark mark, int lineOffset) {
        return new Position(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        return context == null ? problem : context + ", " + problem;
    }
}
