package dossier.yaml;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Span;
import org.yaml.snakeyaml.DumperOptions;
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
    private YamlReader() {
    }

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts after "---")
     */
    public static Optional<YamlNode> parse(String text, String path, int lineOffset, Report report) {
        return parse(text, path, lineOffset, YamlLimits.DOCUMENT, report);
    }

    /** @param limits {@link YamlLimits#SITE_WIDE} for the one document that grows with the site */
    public static Optional<YamlNode> parse(String text, String path, int lineOffset, YamlLimits limits, Report report) {
        if (text.length() > limits.codePoints() && text.codePointCount(0, text.length()) > limits.codePoints()) {
            int at = text.offsetByCodePoints(0, limits.codePoints());
            report.error("yaml-limit", path, new dossier.diag.LineMap(text).position(at).plusLines(lineOffset),
                    "YAML limit: the document is longer than " + limits.codePoints() + " characters");
            return Optional.empty();
        }
        Optional<YamlNode> simple = SimpleBlockYaml.parse(text, lineOffset, limits);
        return simple.isPresent() ? simple : composed(text, path, lineOffset, limits, report);
    }

    /** The document as SnakeYAML composes it: every document outside {@link SimpleBlockYaml}'s layout. */
    static Optional<YamlNode> composed(String text, String path, int lineOffset, YamlLimits limits, Report report) {
        String[] lines = lines(text);
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's own checks stay as a backstop behind ours (LimitedParser), which say where
        options.setMaxAliasesForCollections(limits.aliases() + 1);
        options.setNestingDepthLimit(limits.depth() + 1);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(limits.codePoints() + 1);
        Node root;
        try {
            // the composer alone, as Yaml.compose runs it, without the object constructor and representer Yaml sets up
            root = new Composer(new LimitedParser(new ParserImpl(new StreamReader(new StringReader(text)), options), limits), new Resolver(), options)
                    .getSingleNode();
        } catch (YamlLimits.Passed e) {
            report.error("yaml-limit", path, position(e.mark, lineOffset, lines), "YAML limit: " + e.getMessage());
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            // "found unexpected end of stream" points past the text: the context (the unclosed quote) is where to look
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Mark mark = e.getContextMark() != null && (atEnd || e.getProblemMark() == null) ? e.getContextMark() : e.getProblemMark();
            Position at = mark == null ? Position.START.plusLines(lineOffset) : position(mark, lineOffset, lines);
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
            return Optional.of(new Converter(lines, path, lineOffset, limits.nodes(), report).convert(root));
        } catch (RecursiveAlias e) {
            report.error("yaml-syntax", path, position(e.node.getStartMark(), lineOffset, lines),
                    "malformed YAML: an alias refers to a node that contains it");
            return Optional.empty();
        } catch (YamlLimits.Passed e) {
            report.error("yaml-limit", path, position(e.mark, lineOffset, lines), "YAML limit: " + e.getMessage());
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

    /** Converts one document; counts the nodes it makes, so that aliases cannot multiply them past the limit. */
    private static final class Converter {
        private final String[] lines;
        private final String path;
        private final int lineOffset;
        private final Report report;
        /** the collections being converted, outermost first: an alias back to one of them is a cycle */
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
        private final int maxNodes;
        private int nodes;

        Converter(String[] lines, String path, int lineOffset, int maxNodes, Report report) {
            this.lines = lines;
            this.maxNodes = maxNodes;
            this.path = path;
            this.lineOffset = lineOffset;
            this.report = report;
        }

        YamlNode convert(Node node) {
            if (++nodes > maxNodes) {
                throw new YamlLimits.Passed(node.getStartMark(), "more than " + maxNodes
                        + " values and keys in one document once its aliases (*name) are expanded");
            }
            Position at = position(node.getStartMark(), lineOffset, lines);
            if (node instanceof ScalarNode scalar) {
                boolean isNull = scalar.getTag().equals(Tag.NULL);
                if (!isNull) {
                    // escapes ("\0", "\u202E") write what the file's text may not hold
                    dossier.text.ControlCharacters.checkValue(scalar.getValue(), "value", path, at, report);
                }
                return new YamlNode.Scalar(isNull ? null : scalar.getValue(), isNull, at, isNull ? null : text(scalar, at));
            }
            if (!open.add(node)) {
                throw new RecursiveAlias(node);
            }
            try {
                return convertCollection(node, at);
            } finally {
                open.remove(node);
            }
        }

        private YamlNode convertCollection(Node node, Position at) {
            if (node instanceof SequenceNode sequence) {
                var items = new ArrayList<YamlNode>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item));
                }
                return new YamlNode.Sequence(Collections.unmodifiableList(items), at);
            }
            MappingNode mapping = (MappingNode) node;
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Position> keys = new LinkedHashMap<>();
            Map<String, Position> keyEnds = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Position keyAt = position(tuple.getKeyNode().getStartMark(), lineOffset, lines);
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
                Span keyText = text(keyNode, keyAt);
                if (keyText != null && keyText.start().equals(keyAt)) {
                    keyEnds.put(key, keyText.end());
                }
                entries.put(key, convert(tuple.getValueNode()));
            }
            return new YamlNode.Mapping(Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keys), at,
                    Collections.unmodifiableMap(keyEnds));
        }

        /**
         * Where a scalar's value stands as it is written ({@link YamlNode.Scalar#text}): on one line,
         * plain or quoted, its marks as far apart as the value is long (and the quotes). Escapes
         * only ever shorten a value, and a tag or an anchor would lengthen the span (its start mark
         * includes them): equal lengths leave the value's own characters. Else null.
         */
        private static Span text(ScalarNode scalar, Position at) {
            Mark start = scalar.getStartMark();
            Mark end = scalar.getEndMark();
            String value = scalar.getValue();
            DumperOptions.ScalarStyle style = scalar.getScalarStyle();
            int quotes = style == DumperOptions.ScalarStyle.PLAIN ? 0
                    : style == DumperOptions.ScalarStyle.DOUBLE_QUOTED || style == DumperOptions.ScalarStyle.SINGLE_QUOTED ? 1 : -1;
            if (quotes < 0 || start == null || end == null || start.getLine() != end.getLine() || value.isEmpty()
                    || end.getIndex() - start.getIndex() != value.codePointCount(0, value.length()) + 2 * quotes) {
                return null;
            }
            Position from = new Position(at.line(), at.column() + quotes);
            return new Span(from, new Position(at.line(), from.column() + value.length()));
        }
    }

    /** The lines of the text, for {@link #position}. */
    private static String[] lines(String text) {
        return text.split("\n", -1);
    }

    private static String shape(Node node) {
        return node instanceof SequenceNode ? "a list" : node instanceof MappingNode ? "a mapping" : "a single value";
    }

    /**
     * SnakeYAML marks a node at the end of the stream on the line after the text: kept inside it, at
     * the end of the last line. Its columns count code points; ours count UTF-16 code units, as
     * {@link dossier.diag.LineMap} does, so a character beyond U+FFFF before the mark counts two.
     */
    private static Position position(Mark mark, int lineOffset, String[] lines) {
        int line = Math.min(mark.getLine(), lines.length - 1);
        String text = lines[line];
        int column = line < mark.getLine() ? text.length()
                : text.offsetByCodePoints(0, Math.min(mark.getColumn(), text.codePointCount(0, text.length())));
        return new Position(line + 1 + lineOffset, column + 1);
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        return context == null ? problem : context + ", " + problem;
    }
}
