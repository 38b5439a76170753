package dossier.yaml;

import dossier.diag.Position;
import dossier.diag.Span;
import dossier.diag.Report;
import dossier.diag.Suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed fields out of one YAML mapping, reporting each missing or mistyped field with the
 * position of the field (or of the mapping when the field is absent).
 */
public final class FieldReader {
    private final YamlNode.Mapping mapping;
    private final String path;
    private final Report report;
    private final String what;

    /** @param what the thing being read, for messages ("front matter", "source record") */
    public FieldReader(YamlNode.Mapping mapping, String path, Report report, String what) {
        this.mapping = mapping;
        this.path = path;
        this.report = report;
        this.what = what;
    }

    public String path() {
        return path;
    }

    public Position position() {
        return mapping.position();
    }

    public Position position(String key) {
        YamlNode node = mapping.get(key);
        return node != null ? node.position() : mapping.position();
    }

    public Position keyPosition(String key) {
        Position at = mapping.keyPositions().get(key);
        return at != null ? at : mapping.position();
    }

    /** Where a key written plain on one line ends (exclusive), else null. */
    public Position keyEnd(String key) {
        return mapping.keyEnds().get(key);
    }

    /** Where a value's characters stand as they are ({@link YamlNode.Scalar#text}), else null. */
    public Span valueText(String key) {
        return mapping.get(key) instanceof YamlNode.Scalar scalar ? scalar.text() : null;
    }

    public boolean has(String key) {
        YamlNode node = mapping.get(key);
        return node != null && !(node instanceof YamlNode.Scalar s && s.plainNull());
    }

    /** A non-blank text value; reports "missing required field" when absent or empty. */
    public Optional<String> required(String key) {
        if (!has(key)) {
            if (!misspelt(key)) {
                report.error("missing-field", path, mapping.position(),
                        what + " is missing required field '" + key + "'");
            }
            return Optional.empty();
        }
        Optional<String> value = optional(key);
        if (value.isPresent() && value.get().isBlank()) {
            report.error("missing-field", path, position(key), "field '" + key + "' is empty");
            return Optional.empty();
        }
        return value;
    }

    /**
     * Whether the mapping holds a key that reads as a misspelling of {@code key} ("urll" for "url"):
     * that one is reported as an unknown field with "did you mean", and reporting the field as
     * missing too would count one typo twice.
     */
    public boolean misspelt(String key) {
        return mapping.entries().keySet().stream().anyMatch(k -> !k.equals(key) && !Suggestions.closest(k, List.of(key)).isEmpty());
    }

    /** An optional text value that, once written, must not be blank: "chart: ''" is reported as empty. */
    public Optional<String> optionalNonBlank(String key) {
        Optional<String> value = optional(key);
        if (value.isPresent() && value.get().isBlank()) {
            report.error("missing-field", path, position(key), "field '" + key + "' is empty");
            return Optional.empty();
        }
        return value;
    }

    public Optional<String> optional(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return Optional.ofNullable(scalar.value());
        }
        report.error("field-type", path, node.position(),
                "field '" + key + "' must be a single value, found " + node.shape());
        return Optional.empty();
    }

    public boolean flag(String key, boolean fallback) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get()) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                report.error("field-type", path, position(key), "field '" + key + "' must be true or false, found '" + value.get() + "'");
                yield fallback;
            }
        };
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> list(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.plainNull()) {
            return List.of();
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return List.of(scalar.value());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<String> values = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() != null) {
                    values.add(s.value());
                } else {
                    report.error("field-type", path, item.position(), "items of '" + key + "' must be single values, found " + item.shape());
                }
            }
            return List.copyOf(values);
        }
        report.error("field-type", path, node.position(), "field '" + key + "' must be a list, found " + node.shape());
        return List.of();
    }

    /**
     * A list of non-blank texts (a single text is a list of one); reports "missing required field"
     * when absent, and an empty list or item as empty. Empty after reporting.
     */
    public List<String> requiredList(String key) {
        if (!has(key)) {
            required(key);
            return List.of();
        }
        List<String> values = list(key);
        if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
            report.error("missing-field", path, position(key), "field '" + key + "' is empty");
            return List.of();
        }
        return values;
    }

    public Optional<FieldReader> mapping(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Mapping child) {
            return Optional.of(new FieldReader(child, path, report, "field '" + key + "'"));
        }
        report.error("field-type", path, node.position(), "field '" + key + "' must be a mapping, found " + node.shape());
        return Optional.empty();
    }

    public List<FieldReader> mappings(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            report.error("field-type", path, node.position(), "field '" + key + "' must be a list, found " + node.shape());
            return List.of();
        }
        List<FieldReader> readers = new ArrayList<>();
        String what = "an item of '" + key + "'";
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping child) {
                readers.add(new FieldReader(child, path, report, what));
            } else {
                report.error("field-type", path, item.position(), "items of '" + key + "' must be mappings, found " + item.shape());
            }
        }
        return readers;
    }

    /** Reports every key not in {@code known}, with a suggestion. */
    public void rejectUnknown(Set<String> known) {
        for (String key : mapping.entries().keySet()) {
            if (!known.contains(key)) {
                Position at = keyPosition(key);
                report.error("unknown-field", path, at, keyEnd(key),
                        "unknown field '" + key + "' in " + what + Suggestions.didYouMean(key, known), null,
                        Suggestions.fix(key, known, at, keyEnd(key)).orElse(null));
            }
        }
    }
}
