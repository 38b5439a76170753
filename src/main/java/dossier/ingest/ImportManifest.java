package dossier.ingest;

import dossier.text.Json;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Suggestions;
import dossier.source.EditorSchemas;
import dossier.source.Provenance;
import dossier.source.SourceRecordReader;
import dossier.text.TextFile;
import dossier.yaml.FieldReader;
import dossier.yaml.YamlNode;
import dossier.yaml.YamlLimits;
import dossier.yaml.YamlReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * content/import-manifest.yml: the editors' knowledge about every imported source (see
 * {@link ManifestEntry}). Together with the archived files it determines every source record,
 * so that {@code import --regenerate} can rebuild them all.
 */
public final class ImportManifest {
    public static final String PATH = "content/import-manifest.yml";
    static final List<String> FIELDS = List.of("title", "publisher", "author", "date", "url", "language", "accessed");
    static final Set<String> ENTRY_FIELDS = Set.of("id", "archive", "fulltext", "fields", "paragraphs");
    static final Set<String> FIELD_FIELDS = Set.of("value", "provenance", "note");
    static final Set<String> PARAGRAPH_FIELDS = Set.of("n", "kind", "excluded", "reason");

    private final List<ManifestEntry> entries;
    /** The proof looks up every record's entry: a scan per record was quadratic at 10,000 sources. */
    private final Map<String, ManifestEntry> byId = new HashMap<>();

    /** @param entries sorted here by id */
    public ImportManifest(List<ManifestEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(ManifestEntry::id)).toList();
        this.entries.forEach(e -> byId.putIfAbsent(e.id(), e));
    }

    /** The entries, by id. */
    public List<ManifestEntry> entries() {
        return entries;
    }

    public Optional<ManifestEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public ImportManifest with(ManifestEntry entry) {
        List<ManifestEntry> copy = new ArrayList<>(entries);
        copy.removeIf(e -> e.id().equals(entry.id()));
        copy.add(entry);
        return new ImportManifest(copy);
    }

    /**
     * Reads the manifest; a site without one has an empty manifest. Problems are reported (an entry
     * with one is skipped), and a manifest read with errors must never be written back: callers
     * check {@code report.hasErrorsIn(PATH)} first.
     */
    public static ImportManifest read(Path siteRoot, Report report) {
        return read(siteRoot, report, text -> parse(text, report));
    }

    /**
     * As {@link #read(Path, Report)}, the text parsed again only when it differs from the last
     * time this memo saw it (what the parse reported is then reported again).
     */
    static ImportManifest read(Path siteRoot, Report report, ProofMemo memo) {
        return read(siteRoot, report, text -> memo.manifest(text, report));
    }

    private static ImportManifest read(Path siteRoot, Report report, java.util.function.Function<String, ImportManifest> parse) {
        if (!Files.exists(siteRoot.resolve(PATH))) {
            return new ImportManifest(List.of());
        }
        return TextFile.read(siteRoot, PATH, report).map(parse).orElseGet(() -> new ImportManifest(List.of()));
    }

    /** The manifest a text gives; its problems are reported. */
    static ImportManifest parse(String text, Report report) {
        Optional<YamlNode> root = YamlReader.parse(text, PATH, 0, YamlLimits.SITE_WIDE, report);
        if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping mapping)) {
            root.ifPresent(r -> report.error("manifest", PATH, r.position(), "the manifest must be a mapping with a 'sources' list"));
            return new ImportManifest(List.of());
        }
        FieldReader top = new FieldReader(mapping, PATH, report, "import manifest");
        top.rejectUnknown(Set.of("sources"));
        List<ManifestEntry> entries = new ArrayList<>();
        Map<String, Position> ids = new HashMap<>();
        for (FieldReader source : top.mappings("sources")) {
            entry(source, report).ifPresent(entry -> {
                Position first = ids.putIfAbsent(entry.id(), entry.position());
                if (first != null) {
                    report.error("manifest-duplicate", PATH, entry.position(), "source '" + entry.id()
                            + "' is listed twice in the manifest (first at line " + first.line() + "); keep one entry");
                } else {
                    entries.add(entry);
                }
            });
        }
        return new ImportManifest(entries);
    }

    private static Optional<ManifestEntry> entry(FieldReader source, Report report) {
        source.rejectUnknown(ENTRY_FIELDS);
        Optional<String> id = source.required("id");
        Optional<String> archive = source.required("archive");
        id.filter(i -> !SourceRecordReader.ID.matcher(i).matches()).ifPresent(i ->
                report.error("bad-id", PATH, source.position("id"), "source id '" + i + "' must be lowercase ASCII letters, digits and hyphens"));
        Map<String, ManifestEntry.Field> fields = new LinkedHashMap<>();
        source.mapping("fields").ifPresent(f -> {
            f.rejectUnknown(Set.copyOf(FIELDS));
            for (String name : FIELDS) {
                f.mapping(name).ifPresent(field -> field(name, field, report).ifPresent(v -> fields.put(name, v)));
            }
        });
        Map<Integer, ManifestEntry.ParagraphOverride> paragraphs = new LinkedHashMap<>();
        Map<Integer, Position> numbered = new HashMap<>();
        for (FieldReader p : source.mappings("paragraphs")) {
            p.rejectUnknown(PARAGRAPH_FIELDS);
            Optional<Integer> n = p.required("n").flatMap(text -> number(text, p, report));
            Boolean excluded = p.has("excluded") ? p.flag("excluded", false) : null;
            String kind = p.optional("kind").orElse(null);
            if (kind != null && !Block.KINDS.contains(kind)) {
                report.error("paragraph-kind", PATH, p.position("kind"), "unknown paragraph kind '" + kind + "'; the kinds are "
                        + String.join(", ", Block.KINDS) + Suggestions.didYouMean(kind, Block.KINDS));
            }
            n.ifPresent(number -> {
                Position first = numbered.putIfAbsent(number, p.position("n"));
                if (first != null) {
                    report.error("manifest-duplicate", PATH, p.position("n"), "paragraph " + number
                            + " is listed twice for this source (first at line " + first.line() + "); keep one override");
                }
                if (number < 1) {
                    report.error("manifest-value", PATH, p.position("n"), "paragraphs are numbered from 1, found " + number);
                }
                paragraphs.put(number, new ManifestEntry.ParagraphOverride(kind, excluded, p.optional("reason").orElse(null), p.position("n")));
            });
        }
        if (id.isEmpty() || archive.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ManifestEntry(id.get(), archive.get(), source.flag("fulltext", false), fields, paragraphs,
                source.position("id")));
    }

    private static Optional<ManifestEntry.Field> field(String name, FieldReader field, Report report) {
        field.rejectUnknown(FIELD_FIELDS);
        Optional<Provenance> provenance = field.required("provenance").flatMap(Provenance::parse);
        Optional<String> note = field.required("note");
        if (provenance.isEmpty()) {
            report.error("bad-provenance", PATH, field.position("provenance"),
                    "provenance of '" + name + "' must be supplied, inferred or missing (stated values come from the file)");
            return Optional.empty();
        }
        if (provenance.get() == Provenance.STATED) {
            report.error("bad-provenance", PATH, field.position("provenance"),
                    "'" + name + "' cannot be 'stated' in the manifest: stated values come from the archived file");
            return Optional.empty();
        }
        Optional<String> value = field.optional("value");
        Position at = field.has("value") ? field.position("value") : field.position("provenance");
        if (provenance.get() == Provenance.MISSING && value.isPresent()) {
            report.error("manifest-value", PATH, at, "'" + name + "' is marked missing but has a value: remove the value,"
                    + " or mark it supplied or inferred with the basis in its note");
            return Optional.empty();
        }
        if (provenance.get() != Provenance.MISSING && value.filter(v -> !v.isBlank()).isEmpty()) {
            report.error("manifest-value", PATH, at, "'" + name + "' is marked " + provenance.get().label()
                    + " but has no value: give it one, or mark it missing with a note");
            return Optional.empty();
        }
        Optional<String> wrong = value.flatMap(v -> wrongValue(name, v));
        if (wrong.isPresent()) {
            report.error("manifest-value", PATH, at, wrong.get());
            return Optional.empty();
        }
        return note.map(n -> new ManifestEntry.Field(value.orElse(null), provenance.get(), n, at));
    }

    /** What is wrong with a value for a field whose form is fixed (dates, addresses), if anything. */
    private static Optional<String> wrongValue(String name, String value) {
        if ((name.equals("date") || name.equals("accessed")) && dossier.source.PartialDate.parse(value).isEmpty()) {
            return Optional.of(name + " '" + value + "' is not an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        if (name.equals("url") && !value.matches("https?://\\S+")) {
            return Optional.of("url '" + value + "' must start with http:// or https:// and hold no spaces");
        }
        return Optional.empty();
    }

    private static Optional<Integer> number(String text, FieldReader p, Report report) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            report.error("field-type", PATH, p.position("n"), "paragraph number must be a whole number, found '" + text + "'");
            return Optional.empty();
        }
    }

    /** The manifest as YAML, in a fixed layout. */
    public String write() {
        StringBuilder out = new StringBuilder();
        out.append(EditorSchemas.comments(EditorSchemas.Kind.IMPORT_MANIFEST, PATH));
        out.append("# Import manifest: what the editors know about each imported source that its archived file does\n");
        out.append("# not say (supplied or inferred metadata, each with its basis) and overrides of the importer's\n");
        out.append("# paragraph guesses. Source records are generated from the archived files plus this manifest:\n");
        out.append("#   java -jar target/dossier.jar import --regenerate\n");
        out.append("sources:\n");
        for (ManifestEntry e : entries) {
            out.append("  - id: ").append(e.id()).append('\n');
            out.append("    archive: ").append(e.archive()).append('\n');
            if (e.fullText()) {
                out.append("    fulltext: true\n");
            }
            if (!e.fields().isEmpty()) {
                out.append("    fields:\n");
                for (String name : FIELDS) {
                    ManifestEntry.Field f = e.fields().get(name);
                    if (f != null) {
                        out.append("      ").append(name).append(":\n");
                        if (f.value() != null) {
                            out.append("        value: ").append(Json.quote(f.value())).append('\n');
                        }
                        out.append("        provenance: ").append(f.provenance().label()).append('\n');
                        out.append("        note: ").append(Json.quote(f.note())).append('\n');
                    }
                }
            }
            if (!e.paragraphs().isEmpty()) {
                out.append("    paragraphs:\n");
                for (var p : e.paragraphs().entrySet()) {
                    out.append("      - n: ").append(p.getKey()).append('\n');
                    ManifestEntry.ParagraphOverride o = p.getValue();
                    if (o.kind() != null) {
                        out.append("        kind: ").append(o.kind()).append('\n');
                    }
                    if (o.excluded() != null) {
                        out.append("        excluded: ").append(o.excluded()).append('\n');
                    }
                    if (o.reason() != null) {
                        out.append("        reason: ").append(Json.quote(o.reason())).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
