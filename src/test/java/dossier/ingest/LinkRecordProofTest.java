package dossier.ingest;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import dossier.source.SourceLink;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A source's own links are in its record, read back as written, and proven: an edited link is a record-differs error. */
class LinkRecordProofTest {
    private static final String RECORD = "content/sources/linked.yml";
    private static final String ARCHIVE = """
            <html><head><title>Seoul and Tokyo agree</title></head><body><article>
            <p>Seoul and Tokyo <a href="https://example.org/deal">agreed</a> on Monday, the ministry <a href="/said">said</a>.</p>
            <p>Nothing is linked here.</p>
            </article></body></html>
            """;
    private static final String MANIFEST = """
            sources:
              - id: linked
                archive: linked.original.html
            """;

    @TempDir
    Path site;

    @BeforeEach
    void generate() throws IOException {
        Files.createDirectories(site.resolve("content/sources"));
        Files.writeString(site.resolve("content/sources/linked.original.html"), ARCHIVE);
        Files.writeString(site.resolve(ImportManifest.PATH), MANIFEST);
        Report report = new Report();
        new Importer(site, report, new PrintWriter(Writer.nullWriter())).regenerate(false);
        assertEquals(List.of(), report.diagnostics());
    }

    @Test
    void theRecordKeepsEachLinkAndReadsItBack() throws IOException {
        String yaml = Files.readString(site.resolve(RECORD), StandardCharsets.UTF_8);
        assertTrue(yaml.contains("""
                    text: "Seoul and Tokyo agreed on Monday, the ministry said."
                    links:
                      - text: "agreed"
                        at: 16
                        href: "https://example.org/deal"
                      - text: "said"
                        at: 47
                        href: "/said"
                  - n: 2
                    text: "Nothing is linked here."
                """), yaml);
        Report report = new Report();
        SourceRecord record = new SourceRecordReader(site, report).read(RECORD).orElseThrow();
        assertEquals(List.of(), report.diagnostics());
        assertEquals(List.of(new SourceLink("agreed", 16, "https://example.org/deal", null), new SourceLink("said", 47, "/said", null)),
                record.paragraphs().get(0).links());
        assertEquals(List.of(), record.paragraphs().get(1).links());
        assertEquals(List.of(), prove());
    }

    @Test
    void anEditedTargetWordsOrPlaceIsAnError() throws IOException {
        tamper("href: \"https://example.org/deal\"", "href: \"https://example.org/other\"");
        assertEquals(List.of("record-differs: ¶1 link 1 href"), codes(prove()));
    }

    @Test
    void anInventedOrADroppedLinkIsAnError() throws IOException {
        tamper("""
                      - text: "said"
                        at: 47
                        href: "/said"
                """, "");
        assertEquals(List.of("record-differs: ¶1 link 2"), codes(prove()));
        generate();
        tamper("""
                    text: "Nothing is linked here."
                """, """
                    text: "Nothing is linked here."
                    links:
                      - text: "linked"
                        at: 11
                        href: "https://example.org/invented"
                """);
        assertEquals(List.of("record-differs: ¶2 link 1"), codes(prove()));
    }

    @Test
    void aLinkWhoseWordsAreNotWhereItSaysDoesNotLoad() throws IOException {
        tamper("at: 16", "at: 17");
        Report report = new Report();
        assertTrue(new SourceRecordReader(site, report).read(RECORD).isEmpty());
        assertEquals("link 'agreed' at 17 is not where the paragraph's text has those words (at counts characters, as code points, from 0)",
                report.diagnostics().get(0).message());
    }

    private List<Diagnostic> prove() {
        Report report = new Report();
        SourceRecordReader reader = new SourceRecordReader(site, report);
        List<SourceRecord> records = reader.read(RECORD).stream().toList();
        RecordProof.proveAll(site, records, List.of(RECORD), report);
        return report.diagnostics();
    }

    private void tamper(String from, String to) throws IOException {
        String now = Files.readString(site.resolve(RECORD), StandardCharsets.UTF_8);
        assertTrue(now.contains(from), "the record holds " + from);
        Files.writeString(site.resolve(RECORD), now.replace(from, to));
    }

    private static List<String> codes(List<Diagnostic> found) {
        return found.stream().map(d -> d.code() + ": " + d.message().substring(d.message().lastIndexOf(": ") + 2)).toList();
    }
}
