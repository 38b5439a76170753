package dossier.source;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.text.SitePaths;
import dossier.text.TextFile;
import dossier.yaml.FieldReader;
import dossier.yaml.YamlNode;
import dossier.yaml.YamlReader;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads one source record (YAML) and proves that its archived original is still the file that was
 * archived (sha256). Every problem is reported; a record with errors is not returned.
 */
public final class SourceRecordReader {
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** A link's "at", and a Windows drive at the start of an archive's name: compiled once, not per record. */
    private static final Pattern OFFSET = Pattern.compile("\\d{1,7}");
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");
    /** The fields a record and its parts may have; the source-record schema declares the same (RecordSchemaTest). */
    static final Set<String> FIELDS = Set.of("id", "archive", "title", "publisher", "author", "date", "url",
            "language", "accessed", "fulltext", "paragraphs");
    static final Set<String> META_FIELDS = Set.of("value", "precision", "provenance", "note");
    static final Set<String> ARCHIVE_FIELDS = Set.of("file", "sha256", "format");
    static final Set<String> PARAGRAPH_FIELDS = Set.of("n", "kind", "text", "excluded", "links");
    static final Set<String> LINK_FIELDS = Set.of("text", "at", "href", "note");

    private final SitePaths paths;
    private final Report report;

    public SourceRecordReader(Path siteRoot, Report report) {
        this(new SitePaths(siteRoot), report);
    }

    private SourceRecordReader(SitePaths paths, Report report) {
        this.paths = paths;
        this.report = report;
    }

    /** Reads one record; records are independent, so several may be read at once. */
    public Optional<SourceRecord> read(String path) {
        return TextFile.read(paths, path, report).flatMap(text -> parse(path, text)).map(this::verified);
    }

    /**
     * Reads one record, its text parsed again only when it differs from the last time this memo saw
     * it (what the parse reported is then reported again); its archive is checked every time.
     */
    public Optional<SourceRecord> read(String path, SourceMemo memo) {
        return TextFile.read(paths, path, report)
                .flatMap(text -> memo.parses.get(path, text, report, own -> new SourceRecordReader(paths, own).parse(path, text)))
                .filter(parsed -> !report.hasErrorsIn(path)) // as the parse refuses a file reading reported errors in (a control character)
                .map(this::verified);
    }

    /**
     * A record as its text gives it, with where its archive's fields stand; the archive itself is
     * not read here, so that a parse can be kept while the archive is checked on every read.
     */
    record Parsed(SourceRecord record, Position archiveFileAt, Position archiveShaAt) {
    }

    /** A changed or missing archive is reported, but the record still registers its id, so that
     * pages citing it do not cascade into "unknown source" errors. */
    private SourceRecord verified(Parsed parsed) {
        SourceRecord record = parsed.record();
        verifyArchive(record.path(), parsed.archiveFileAt(), parsed.archiveShaAt(), record.archivePath(), record.sha256());
        return record;
    }

    private Optional<Parsed> parse(String path, String text) {
        Optional<YamlNode> root = YamlReader.parse(text, path, 0, report);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            report.error("source-record", path, root.get().position(), "a source record must be a mapping of fields, found " + root.get().shape());
            return Optional.empty();
        }
        if (mapping.entries().isEmpty()) {
            // one error, not one per required field
            report.error("source-record", path, mapping.position(), "the source record is empty: import the source again, or restore the file");
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(mapping, path, report, "source record");
        fields.rejectUnknown(FIELDS);
        String id = fields.required("id").orElse("");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            report.error("bad-id", path, fields.position("id"),
                    "source id '" + id + "' must be lowercase ASCII letters, digits and hyphens");
        }
        Optional<FieldReader> archive = fields.mapping("archive");
        if (archive.isEmpty()) {
            report.error("missing-field", path, fields.position(), "source record is missing required field 'archive'");
        }
        archive.ifPresent(a -> a.rejectUnknown(ARCHIVE_FIELDS));
        String archivePath = archive.flatMap(a -> a.required("file")).map(f -> sibling(path, f)).orElse(null);
        String sha256 = archive.flatMap(a -> a.required("sha256")).orElse(null);
        String format = archive.flatMap(a -> a.optional("format")).orElse("unknown");

        MetaField<String> title = meta(fields, "title", Function.identity());
        MetaField<String> publisher = meta(fields, "publisher", Function.identity());
        MetaField<String> author = meta(fields, "author", Function.identity());
        MetaField<PartialDate> date = meta(fields, "date", v -> PartialDate.parse(v).orElse(null));
        MetaField<String> url = meta(fields, "url", Function.identity());
        MetaField<String> language = meta(fields, "language", Function.identity());
        MetaField<PartialDate> accessed = meta(fields, "accessed", v -> PartialDate.parse(v).orElse(null));
        url.optional().filter(u -> !u.startsWith("https://") && !u.startsWith("http://")).ifPresent(u ->
                report.error("bad-url", path, fields.mapping("url").map(m -> m.position("value")).orElse(fields.position()),
                        "url must start with http:// or https://, found '" + u + "'"));
        boolean fullText = fields.flag("fulltext", false);
        List<Paragraph> paragraphs = paragraphs(fields, path);

        if (report.hasErrorsIn(path)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(new SourceRecord(id, path, fields.position("id"), archivePath, sha256, format,
                title, publisher, author, date, url, language, accessed, fullText, paragraphs),
                archive.get().position("file"), archive.get().position("sha256")));
    }

    /** A metadata field: {value, provenance, note, precision}; a missing field is reported. */
    private <T> MetaField<T> meta(FieldReader fields, String key, Function<String, T> parse) {
        Optional<FieldReader> field = fields.mapping(key);
        if (field.isEmpty()) {
            if (!fields.has(key) && !fields.misspelt(key)) {
                report.error("missing-field", fields.path(),
                        fields.position(), "source record is missing required field '" + key
                                + "' (write value: null and provenance: missing with a note if it is unknown)");
            }
            return MetaField.missing(null);
        }
        FieldReader f = field.get();
        f.rejectUnknown(META_FIELDS);
        Optional<String> rawValue = f.optional("value");
        String note = f.optional("note").orElse(null);
        Optional<Provenance> provenance = f.required("provenance").flatMap(p -> {
            Optional<Provenance> parsed = Provenance.parse(p);
            if (parsed.isEmpty()) {
                report.error("bad-provenance", fields.path(), f.position("provenance"),
                        "provenance of '" + key + "' must be stated, supplied, inferred or missing, found '" + p + "'");
            }
            return parsed;
        });
        T value = null;
        if (rawValue.isPresent()) {
            value = parse.apply(rawValue.get());
            if (value == null) {
                report.error("bad-date", fields.path(), f.position("value"),
                        "'" + key + "' must be an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD), found '" + rawValue.get() + "'");
            }
        }
        if (provenance.isPresent()) {
            Provenance p = provenance.get();
            if (p == Provenance.MISSING && rawValue.isPresent()) {
                report.error("provenance", fields.path(), f.position("value"),
                        "'" + key + "' has a value but its provenance is 'missing'");
            } else if (p != Provenance.MISSING && rawValue.isEmpty()) {
                report.error("provenance", fields.path(), f.position("provenance"),
                        "'" + key + "' is " + p.label() + " but has no value (use provenance: missing)");
            }
            if ((p != Provenance.STATED) && (note == null || note.isBlank())) {
                report.error("provenance-note", fields.path(), f.position("provenance"),
                        "'" + key + "' is " + p.label() + ": add a note giving the basis or the reason");
            }
        }
        if (value instanceof PartialDate d && f.has("precision")) {
            String precision = f.optional("precision").orElse("");
            if (!precision.equalsIgnoreCase(d.precision().name())) {
                report.error("bad-date", fields.path(), f.position("precision"),
                        "precision '" + precision + "' does not match the date '" + d.iso() + "' (precision " + d.precision().name().toLowerCase() + ")");
            }
        }
        return new MetaField<>(value, provenance.orElse(Provenance.MISSING), note);
    }

    private List<Paragraph> paragraphs(FieldReader fields, String path) {
        if (!fields.has("paragraphs")) {
            report.error("missing-field", path, fields.position(), "source record is missing required field 'paragraphs'");
            return List.of();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (FieldReader p : fields.mappings("paragraphs")) {
            p.rejectUnknown(PARAGRAPH_FIELDS);
            int expected = paragraphs.size() + 1;
            Optional<String> n = p.required("n");
            if (n.isPresent() && !n.get().equals(Integer.toString(expected))) {
                report.error("paragraph-number", path, p.position("n"),
                        "paragraphs must be numbered 1, 2, 3… in order: expected " + expected + ", found " + n.get());
            }
            String text = p.required("text").orElse("");
            String kind = p.optional("kind").orElse(Paragraph.TEXT);
            String excluded = p.optional("excluded").orElse(null);
            paragraphs.add(new Paragraph(expected, kind, text, excluded, links(p, text, path)));
        }
        return paragraphs;
    }

    /** A paragraph's links: each names words that stand in its text where it says. */
    private List<SourceLink> links(FieldReader paragraph, String text, String path) {
        List<SourceLink> links = new ArrayList<>();
        if (!paragraph.has("links")) {
            return links;
        }
        for (FieldReader l : paragraph.mappings("links")) {
            l.rejectUnknown(LINK_FIELDS);
            String words = l.required("text").orElse("");
            String atText = l.required("at").orElse("");
            String href = l.optional("href").orElse(null);
            String note = l.optional("note").orElse(null);
            int at = OFFSET.matcher(atText).matches() ? Integer.parseInt(atText) : -1;
            int codePoints = text.codePointCount(0, text.length());
            boolean stands = at >= 0 && at <= codePoints
                    && text.startsWith(words, text.offsetByCodePoints(0, at)) && !words.isEmpty();
            if (!stands && !atText.isEmpty()) {
                report.error("source-record", path, l.position("at"), "link '" + words + "' at " + atText
                        + " is not where the paragraph's text has those words (at counts characters, as code points, from 0)");
            }
            if (href == null && (note == null || note.isBlank())) {
                report.error("source-record", path, l.position(), "link '" + words + "' has no href: add a note saying why its target is not known");
            }
            links.add(new SourceLink(words, Math.max(at, 0), href, note));
        }
        return links;
    }

    private void verifyArchive(String path, Position at, Position shaAt, String archivePath, String expected) {
        SitePaths.Resolved file = paths.file(archivePath, path, at, "archived original", report);
        if (file.missing()) {
            report.error("archive-missing", path, at, "archived original '" + archivePath + "' not found");
            return;
        }
        Optional<byte[]> read = file.ok() ? SitePaths.readBytes(file.path(), path, at, report) : Optional.empty();
        if (read.isEmpty()) {
            return;
        }
        byte[] bytes = read.get();
        String actual = sha256(bytes);
        if (actual.equalsIgnoreCase(expected)) {
            return;
        }
        if (LineEnds.convertedFrom(bytes, expected)) {
            report.error("archive-changed", path, shaAt,
                    "archived original '" + archivePath + "' has sha256 " + actual + ", but the record says " + expected
                            + ": its line endings were converted (CRLF and LF), probably by git",
                    "Archives must be kept byte for byte: the repository's .gitattributes needs the line\n"
                            + "    content/sources/*.original.* -text\n"
                            + "then check the file out again (delete it, then git checkout -- " + archivePath + ");\n"
                            + "if git stored it converted, restore the file as received and run git add --renormalize .");
            return;
        }
        report.error("archive-changed", path, shaAt,
                "archived original '" + archivePath + "' has sha256 " + actual + ", but the record says " + expected,
                "An archive must stay byte-identical to the file as received; restore it, or re-import the new file.");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** The archive file is named relative to its record's folder. */
    private static String sibling(String recordPath, String file) {
        if (file.startsWith("/") || file.startsWith("\\") || DRIVE.matcher(file).matches()) {
            return file; // absolute: refused as it stands, not joined into something that looks inside
        }
        int slash = recordPath.lastIndexOf('/');
        return slash < 0 ? file : recordPath.substring(0, slash + 1) + file;
    }
}
