package dossier.source;

import dossier.diag.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceRecordWriterTest {
    private static final Path SITE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    @Test
    void writingARecordReadBackGivesTheSameBytes() throws IOException {
        List<Path> records;
        try (Stream<Path> files = Files.list(SITE.resolve("content/sources"))) {
            records = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(5, records.size());
        for (Path file : records) {
            Report report = new Report();
            String path = SITE.relativize(file).toString().replace('\\', '/');
            SourceRecord record = new SourceRecordReader(SITE, report).read(path).orElseThrow();
            assertEquals(List.of(), report.diagnostics());
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), SourceRecordWriter.write(record), path);
        }
    }

    @Test
    void hostileTextSurvivesTheRoundTrip(@TempDir Path tmp) throws IOException {
        // control characters (a bell, NEL) are refused by the reader: see ControlCharactersTest and hostile/control/
        String nasty = "quote \" backslash \\ tab \t newline \n line-sep \u2028 bom \uFEFF # not a comment: {x} [y] *z & !tag";
        Files.createDirectories(tmp.resolve("content/sources"));
        Files.writeString(tmp.resolve("content/sources/a.original.txt"), "x");
        SourceRecord record = new SourceRecord("a", "content/sources/a.yml", dossier.diag.Position.START,
                "content/sources/a.original.txt", SourceRecordReader.sha256("x".getBytes(StandardCharsets.UTF_8)), "plain-text",
                new MetaField<>(nasty, Provenance.SUPPLIED, nasty), MetaField.missing("n"), MetaField.missing("n"),
                MetaField.missing("n"), MetaField.missing("n"), MetaField.missing("n"), MetaField.missing("n"), false,
                List.of(new Paragraph(1, "text", nasty, nasty)));
        Files.writeString(tmp.resolve("content/sources/a.yml"), SourceRecordWriter.write(record));
        Report report = new Report();
        SourceRecord back = new SourceRecordReader(tmp, report).read("content/sources/a.yml").orElseThrow();
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        assertEquals(nasty, back.title().value());
        assertEquals(nasty, back.paragraphs().get(0).text());
        assertEquals(nasty, back.paragraphs().get(0).excludedReason());
    }
}
