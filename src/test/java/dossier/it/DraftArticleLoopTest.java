package dossier.it;

import dossier.diag.Report;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writer's loop on every shipped archive: import it into an empty dossier, uncomment every
 * excerpt block the draft offers, give the page a title and summary, and publish. Every block must
 * then verify as the source's words (check is clean) and bake into one quoted excerpt, so a writer
 * can quote any paragraph straight from the draft, with no record open beside it.
 */
class DraftArticleLoopTest {

    static Stream<String> archives() throws IOException {
        try (Stream<Path> files = Files.list(Sites.PROJECT.resolve("content/sources"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".original.")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void everyBlockOfTheDraftQuotesItsParagraphVerbatim(String archive, @TempDir Path tmp) throws IOException {
        Path site = ImportCommandTest.emptySite(tmp);
        Path input = tmp.resolve(archive.replace(".original.", "."));
        Files.copy(Sites.PROJECT.resolve("content/sources").resolve(archive), input);
        CliRun run = CliRun.run("import", "--site", site.toString(), "--id", "src", input.toString());
        assertEquals(0, run.exit(), run.err());

        SourceRecord record = new SourceRecordReader(site, new Report()).read("content/sources/src.yml").orElseThrow();
        Path page = site.resolve("content/articles/src.md");
        String draft = Files.readString(page);
        long offered = record.paragraphs().stream().filter(p -> !p.isExcluded()).count();
        for (Paragraph p : record.paragraphs()) {
            String opening = "<!-- ¶" + p.number() + (p.kind().equals(Paragraph.TEXT) ? "" : " (" + p.kind() + ")");
            assertTrue(draft.contains(opening + (p.isExcluded() ? " is excluded: " : "\n")), "¶" + p.number() + " is offered or marked:\n" + draft);
        }
        assertTrue(draft.contains("title: \"TODO: our title for the notes on "), draft);

        String published = uncommentEveryExcerpt(draft)
                .replaceFirst("title: \"TODO:[^\\n]*", "title: \"Our notes\"")
                .replace("summary: \"\"", "summary: \"What the article reports.\"")
                .replace("draft: true\n", "");
        Files.writeString(page, published);
        assertEquals(offered, published.lines().filter(l -> l.startsWith("> [@src, ¶")).count());

        CliRun check = CliRun.run("check", "--site", site.toString());
        assertEquals(0, check.exit(), "every uncommented block verifies:\n" + check.err());
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());
        Document html = Jsoup.parse(out.resolve("articles/src.html").toFile());
        assertEquals(offered, html.select("main blockquote").stream().filter(b -> !b.hasClass("account-words")).count(),
                "one excerpt per block");
        assertTrue(html.select("main").text().contains("TODO") == false && !html.html().contains("&lt;!--"), "no note is published");
    }

    /** What a writer does to a block: delete the line that opens its comment and the line that closes it. */
    static String uncommentEveryExcerpt(String draft) {
        StringBuilder out = new StringBuilder();
        boolean inBlock = false;
        for (String line : draft.split("\n", -1)) {
            if (line.matches("<!-- ¶\\d+( \\([a-z]+\\))?")) {
                inBlock = true;
                continue;
            }
            if (inBlock && line.equals("-->")) {
                inBlock = false;
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
