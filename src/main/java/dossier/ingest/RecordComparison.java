package dossier.ingest;

import dossier.diag.Position;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.SourceLink;
import dossier.source.SourceRecord;
import dossier.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares a source record as written on disk (its YAML, for the positions) with the record its
 * archive and manifest give, value by value. Layout (quoting, flow style, comments) is not compared:
 * only what the build reads.
 */
final class RecordComparison {

    /**
     * One differing value.
     *
     * @param field   what differs, as an editor names it ("title provenance", "¶3 text")
     * @param at      where the record's value stands (or would stand)
     * @param record  the record's value, null for none
     * @param derived the value the archive and manifest give, null for none
     */
    record Difference(String field, Position at, String record, String derived) {
    }

    private final List<Difference> differences = new ArrayList<>();

    private RecordComparison() {
    }

    static List<Difference> compare(YamlNode.Mapping disk, SourceRecord derived) {
        RecordComparison c = new RecordComparison();
        c.scalar("id", disk, "id", derived.id(), null);
        YamlNode.Mapping archive = mapping(disk, "archive");
        String archiveFile = derived.archivePath().substring(derived.archivePath().lastIndexOf('/') + 1);
        c.scalar("archive file", archive, "file", archiveFile, null);
        c.scalar("archive sha256", archive, "sha256", derived.sha256(), null);
        c.scalar("archive format", archive, "format", derived.format(), "unknown");
        c.meta("title", disk, derived.title(), false);
        c.meta("publisher", disk, derived.publisher(), false);
        c.meta("author", disk, derived.author(), false);
        c.meta("date", disk, derived.date(), true);
        c.meta("url", disk, derived.url(), false);
        c.meta("language", disk, derived.language(), false);
        c.meta("accessed", disk, derived.accessed(), true);
        c.scalar("fulltext", disk, "fulltext", Boolean.toString(derived.fullText()), "false");
        c.paragraphs(disk, derived.paragraphs());
        return List.copyOf(c.differences);
    }

    private void meta(String name, YamlNode.Mapping disk, MetaField<?> field, boolean date) {
        YamlNode.Mapping m = mapping(disk, name);
        String value = field.value() == null ? null : date ? ((PartialDate) field.value()).iso() : field.value().toString();
        scalar(name + " value", m, "value", value, null);
        scalar(name + " provenance", m, "provenance", field.provenance().label(), null);
        scalar(name + " note", m, "note", field.note(), null);
    }

    private void paragraphs(YamlNode.Mapping disk, List<Paragraph> derived) {
        List<YamlNode.Mapping> onDisk = new ArrayList<>();
        if (disk.get("paragraphs") instanceof YamlNode.Sequence list) {
            list.items().forEach(item -> onDisk.add(item instanceof YamlNode.Mapping m ? m : empty(item.position())));
        }
        Position end = disk.get("paragraphs") != null ? disk.get("paragraphs").position() : disk.position();
        for (int i = 0; i < Math.max(onDisk.size(), derived.size()); i++) {
            String n = "¶" + (i + 1);
            if (i >= derived.size()) {
                YamlNode.Mapping extra = onDisk.get(i);
                differences.add(new Difference(n, extra.position(), text(extra, "text"), null));
            } else if (i >= onDisk.size()) {
                differences.add(new Difference(n, end, null, derived.get(i).text()));
            } else {
                Paragraph p = derived.get(i);
                YamlNode.Mapping m = onDisk.get(i);
                scalar(n + " kind", m, "kind", p.kind(), Paragraph.TEXT);
                scalar(n + " exclusion", m, "excluded", p.excludedReason(), null);
                scalar(n + " text", m, "text", p.text(), null);
                links(n, m, p);
            }
        }
    }

    /** The paragraph's links, one by one: each value, and links the record has more or fewer of. */
    private void links(String n, YamlNode.Mapping paragraph, Paragraph derived) {
        List<YamlNode.Mapping> onDisk = new ArrayList<>();
        YamlNode node = paragraph.get("links");
        if (node instanceof YamlNode.Sequence list) {
            list.items().forEach(item -> onDisk.add(item instanceof YamlNode.Mapping m ? m : empty(item.position())));
        } else if (node != null) {
            differences.add(new Difference(n + " links", node.position(), node.shape(), derived.links().isEmpty() ? null : "a list"));
            return;
        }
        Position end = node != null ? node.position() : paragraph.position();
        for (int i = 0; i < Math.max(onDisk.size(), derived.links().size()); i++) {
            String name = n + " link " + (i + 1);
            if (i >= derived.links().size()) {
                differences.add(new Difference(name, onDisk.get(i).position(), text(onDisk.get(i), "text"), null));
            } else if (i >= onDisk.size()) {
                differences.add(new Difference(name, end, null, derived.links().get(i).text()));
            } else {
                SourceLink link = derived.links().get(i);
                YamlNode.Mapping m = onDisk.get(i);
                scalar(name + " text", m, "text", link.text(), null);
                scalar(name + " position", m, "at", Integer.toString(link.at()), null);
                scalar(name + " href", m, "href", link.href(), null);
                scalar(name + " note", m, "note", link.note(), null);
            }
        }
    }

    /** Compares one value; a key the record leaves out counts as {@code absent}. */
    private void scalar(String field, YamlNode.Mapping in, String key, String derived, String absent) {
        YamlNode node = in.get(key);
        String record = node == null ? absent : node instanceof YamlNode.Scalar s ? s.value() : node.shape();
        if (!Objects.equals(record, derived)) {
            differences.add(new Difference(field, node != null ? node.position() : in.position(), record, derived));
        }
    }

    private static String text(YamlNode.Mapping in, String key) {
        return in.get(key) instanceof YamlNode.Scalar s ? s.value() : null;
    }

    private static YamlNode.Mapping mapping(YamlNode.Mapping in, String key) {
        YamlNode node = in.get(key);
        return node instanceof YamlNode.Mapping m ? m : empty(node != null ? node.position() : in.position());
    }

    private static YamlNode.Mapping empty(Position at) {
        return new YamlNode.Mapping(java.util.Map.of(), java.util.Map.of(), at);
    }
}
