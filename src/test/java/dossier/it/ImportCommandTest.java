package dossier.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dossier import} through the command line, on copies of the seeds and on broken input. */
class ImportCommandTest {
    private static final Path SEEDS = Sites.PROJECT.resolve("content/sources");

    /** An empty dossier site: settings, templates, assets, and an empty content folder. */
    static Path emptySite(Path tmp) {
        Path site = tmp.resolve("site");
        Sites.copyTree(Sites.PROJECT.resolve("templates"), site.resolve("templates"));
        Sites.copyTree(Sites.PROJECT.resolve("assets"), site.resolve("assets"));
        try {
            Files.createDirectories(site.resolve("content"));
            Files.copy(Sites.PROJECT.resolve("jbake.properties"), site.resolve("jbake.properties"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return site;
    }

    private static Path copyOfSeed(Path tmp, String archive, String as) throws IOException {
        Path file = tmp.resolve(as);
        Files.copy(SEEDS.resolve(archive), file);
        return file;
    }

    @Test
    void importsAPlainTextArticleWithItsPromoExcludedAndAsksForTheMissingFields(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path seed = copyOfSeed(tmp, "scmp-2023-chip-talks.original.txt", "000_cf9f447a237963b5.txt");
        CliRun run = CliRun.run("import", "--site", site.toString(), seed.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("imported as 000-cf9f447a237963b5 (plain-text, 15 paragraphs)"), run.out());
        assertTrue(run.out().contains("excluded ¶4 (promo): Publisher promo"), run.out());
        assertTrue(run.err().contains("warning: the file does not state title, publisher, author, date, url: supply them with --title, --publisher, --author, --date, --url"), run.err());
        assertArrayEquals(Files.readAllBytes(seed), Files.readAllBytes(site.resolve("content/sources/000-cf9f447a237963b5.original.txt")));
        String record = Files.readString(site.resolve("content/sources/000-cf9f447a237963b5.yml"));
        assertTrue(record.contains("  - n: 4\n    kind: promo\n    excluded: \"Publisher promo"), record);
        assertTrue(Files.exists(site.resolve("content/articles/000-cf9f447a237963b5.md")));
        assertTrue(Files.exists(site.resolve("content/import-manifest.yml")));

        CliRun check = CliRun.run("check", "--site", site.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.err().contains("warning: draft: checked but not published"), check.err());
    }

    @Test
    void theSameBytesTwiceGiveTheSameIdAndNoDuplicate(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path seed = copyOfSeed(tmp, "forge-2026-rare-earths.original.txt", "forge.txt");
        assertEquals(0, CliRun.run("import", "--site", site.toString(), seed.toString()).exit());
        List<String> before = Sites.files(site);
        byte[] manifest = Files.readAllBytes(site.resolve("content/import-manifest.yml"));

        Path again = copyOfSeed(tmp, "forge-2026-rare-earths.original.txt", "renamed-copy.txt");
        CliRun second = CliRun.run("import", "--site", site.toString(), again.toString());

        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("already imported as south-korea-seeks-rare"), second.out());
        assertEquals(before, Sites.files(site));
        assertArrayEquals(manifest, Files.readAllBytes(site.resolve("content/import-manifest.yml")));
    }

    @Test
    void twoCopiesInOneRunAreArchivedOnce(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path a = copyOfSeed(tmp, "scmp-2023-chip-talks.original.txt", "a.txt");
        Path b = copyOfSeed(tmp, "scmp-2023-chip-talks.original.txt", "b.txt");
        CliRun run = CliRun.run("import", "--site", site.toString(), a.toString(), b.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(b + ": already imported as a; nothing written"), run.out());
        assertEquals(1, Sites.files(site.resolve("content/sources")).stream().filter(f -> f.endsWith(".yml")).count());
    }

    @Test
    void importingAgainWithMetadataOptionsUpdatesTheManifestAndTheRecordAndSaysSo(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path seed = copyOfSeed(tmp, "whitelist-2023-japan.original.txt", "whitelist.txt");
        assertEquals(0, CliRun.run("import", "--site", site.toString(), "--id", "whitelist", seed.toString()).exit());
        byte[] archive = Files.readAllBytes(site.resolve("content/sources/whitelist.original.txt"));
        byte[] draft = Files.readAllBytes(site.resolve("content/articles/whitelist.md"));

        CliRun again = CliRun.run("import", "--site", site.toString(), "--date", "2023-04", "--publisher", "Example Times",
                "--note", "From the clipping's folder label.", seed.toString());

        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains(seed + ": already imported as whitelist; updated its manifest entry and regenerated its record"), again.out());
        assertTrue(again.out().contains("  date: supplied 2023-04, was missing"), again.out());
        assertTrue(again.out().contains("  publisher: supplied Example Times, was missing"), again.out());
        assertTrue(again.out().contains("  wrote content/import-manifest.yml\n  wrote content/sources/whitelist.yml"), again.out());
        String manifest = Files.readString(site.resolve("content/import-manifest.yml"));
        assertTrue(manifest.contains("      date:\n        value: \"2023-04\"\n        provenance: supplied\n        note: \"From the clipping's folder label.\""), manifest);
        String record = Files.readString(site.resolve("content/sources/whitelist.yml"));
        assertTrue(record.contains("date:\n  value: \"2023-04\"\n  precision: month\n  provenance: supplied"), record);
        assertArrayEquals(archive, Files.readAllBytes(site.resolve("content/sources/whitelist.original.txt")));
        assertArrayEquals(draft, Files.readAllBytes(site.resolve("content/articles/whitelist.md")), "the page is the editor's now");
        CliRun check = CliRun.run("check", "--site", site.toString());
        assertEquals(0, check.exit(), "the record is what the archive and the updated manifest give:\n" + check.err());

        List<String> before = Sites.files(site);
        byte[] updated = Files.readAllBytes(site.resolve("content/import-manifest.yml"));
        CliRun same = CliRun.run("import", "--site", site.toString(), "--date", "2023-04", "--note", "From the clipping's folder label.",
                seed.toString());
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("already imported as whitelist; nothing written (its manifest entry already records those values)"), same.out());
        assertEquals(before, Sites.files(site));
        assertArrayEquals(updated, Files.readAllBytes(site.resolve("content/import-manifest.yml")));

        CliRun renamed = CliRun.run("import", "--site", site.toString(), "--id", "other", "--date", "2023", seed.toString());
        assertEquals(1, renamed.exit());
        assertTrue(renamed.err().startsWith(seed + ":1:1: error: already imported as whitelist: --id other cannot rename it"), renamed.err());
        assertArrayEquals(updated, Files.readAllBytes(site.resolve("content/import-manifest.yml")));
    }

    @Test
    void importingAgainRefusesARecordWhoseParagraphsAreStale(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path seed = copyOfSeed(tmp, "whitelist-2023-japan.original.txt", "whitelist.txt");
        assertEquals(0, CliRun.run("import", "--site", site.toString(), "--id", "whitelist", seed.toString()).exit());
        Path record = site.resolve("content/sources/whitelist.yml");
        // a record from an older importer: one paragraph's text as it no longer derives
        String stale = Files.readString(record).replaceFirst("(?m)^  - n: 2\n    text: \"", "$0Older split. ");
        Files.writeString(record, stale);

        CliRun run = CliRun.run("import", "--site", site.toString(), "--date", "2023-04", seed.toString());

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("error: content/sources/whitelist.yml no longer has the paragraphs its archive gives: run import --regenerate first"), run.err());
        assertEquals(stale, Files.readString(record), "nothing written");
    }

    @Test
    void aDerivedIdThatIsTakenGetsTheFirstFreeSuffix(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path first = copyOfSeed(tmp, "forge-2026-rare-earths.original.txt", "a.txt");
        Files.createDirectories(tmp.resolve("other"));
        Path second = tmp.resolve("other/a.txt");
        Files.writeString(second, Files.readString(first) + "\nOne more paragraph, so that the bytes differ.\n");
        CliRun run = CliRun.run("import", "--site", site.toString(), first.toString(), second.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(first + ": imported as south-korea-seeks-rare (plain-text"), run.out());
        assertTrue(run.out().contains(second + ": imported as south-korea-seeks-rare-2 (plain-text"), run.out());
        assertTrue(Files.exists(site.resolve("content/sources/south-korea-seeks-rare-2.yml")));
    }

    @Test
    void aDifferentFileWhoseIdCollidesIsRefusedAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path first = copyOfSeed(tmp, "forge-2026-rare-earths.original.txt", "a.txt");
        Path second = copyOfSeed(tmp, "scmp-2023-chip-talks.original.txt", "b.txt");
        assertEquals(0, CliRun.run("import", "--site", site.toString(), "--id", "same-id", first.toString()).exit());
        List<String> before = Sites.files(site);

        CliRun run = CliRun.run("import", "--site", site.toString(), "--id", "same-id", second.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(second + ":1:1: error: source id 'same-id' is already used by another file"), run.err());
        assertEquals(before, Sites.files(site));
    }

    @Test
    void suppliedMetadataIsRecordedAsSuppliedWithItsNote(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path seed = copyOfSeed(tmp, "whitelist-2023-japan.original.txt", "whitelist.txt");
        CliRun run = CliRun.run("import", "--site", site.toString(), "--id", "whitelist", "--publisher", "Example Times",
                "--date", "2023-04", "--note", "From the clipping's folder label.", seed.toString());

        assertEquals(0, run.exit(), run.err());
        String record = Files.readString(site.resolve("content/sources/whitelist.yml"));
        assertTrue(record.contains("publisher:\n  value: \"Example Times\"\n  provenance: supplied\n  note: \"From the clipping's folder label.\""), record);
        assertTrue(record.contains("date:\n  value: \"2023-04\"\n  precision: month\n  provenance: supplied"), record);
        assertTrue(run.out().contains("excluded ¶15 (appended)"), run.out());
        assertTrue(run.err().contains("does not state title, author, url"), run.err());
        String manifest = Files.readString(site.resolve("content/import-manifest.yml"));
        assertTrue(manifest.contains("  - id: whitelist\n    archive: whitelist.original.txt\n    fields:\n"), manifest);
    }

    @Test
    void badInputIsReportedWithItsPositionAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path latin1 = Files.write(tmp.resolve("latin1.txt"), "Title line\nSecond line\ncaf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1));
        Path blank = Files.writeString(tmp.resolve("blank.txt"), " \n\n\t\n");
        String post = "{\"title\":{\"rendered\":\"P\"},\"content\":{\"rendered\":\"<p>Text.</p>\"}}";
        Path posts = Files.writeString(tmp.resolve("posts.json"), "[" + post + ",\n" + post + "]");

        CliRun run = CliRun.run("import", "--site", site.toString(), empty.toString(), latin1.toString(), blank.toString(),
                tmp.resolve("missing.txt").toString(), posts.toString());

        assertEquals(1, run.exit());
        List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(List.of(
                blank + ":1:1: error: file holds only white space: nothing to import [import-empty]",
                empty + ":1:1: error: file is empty: nothing to import [import-empty]",
                latin1 + ":3:4: error: file is not valid UTF-8: byte 0xE9 at offset 26; save it as UTF-8 [encoding]",
                tmp.resolve("missing.txt") + ":1:1: error: file not found [import-missing]",
                posts + ":1:1: error: the file is a list of 2 WordPress posts, and one file archives one article: save each"
                        + " post on its own (/wp-json/wp/v2/posts/ID) and import each [import-refused]"), errors);
        assertEquals(List.of(), Sites.files(site.resolve("content")));
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkGiveTheSameParagraphs(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        String seed = Files.readString(SEEDS.resolve("forge-2026-rare-earths.original.txt"));
        Path crlf = Files.writeString(tmp.resolve("crlf.txt"), "\uFEFF" + seed.replace("\n", "\r\n"));
        Path lf = copyOfSeed(tmp, "forge-2026-rare-earths.original.txt", "lf.txt");
        assertEquals(0, CliRun.run("import", "--site", site.toString(), "--id", "crlf", crlf.toString()).exit());
        assertEquals(0, CliRun.run("import", "--site", site.toString(), "--id", "lf", lf.toString()).exit());
        String a = Files.readString(site.resolve("content/sources/crlf.yml"));
        String b = Files.readString(site.resolve("content/sources/lf.yml"));
        assertEquals(b.substring(b.indexOf("title:")).replaceFirst("sha256: \\w+", ""),
                a.substring(a.indexOf("title:")).replaceFirst("sha256: \\w+", ""));
        assertFalse(a.contains("\r"));
    }

    @Test
    void usageErrors(@TempDir Path tmp) {
        Path site = emptySite(tmp);
        assertEquals(2, CliRun.run("import", "--site", site.toString()).exit());
        assertEquals(2, CliRun.run("import", "--site", site.toString(), "--date", "May 2023", "x.txt").exit());
        assertEquals(2, CliRun.run("import", "--site", site.toString(), "--url", "koreapro.org", "x.txt").exit());
        assertEquals(2, CliRun.run("import", "--site", site.toString(), "--regenerate", "x.txt").exit());
    }

    @Test
    void regeneratingTheShippedRecordsChangesNothing(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("copy");
        Sites.copyTree(Sites.PROJECT.resolve("content"), site.resolve("content"));
        CliRun run = CliRun.run("import", "--site", site.toString(), "--regenerate");

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        long records = Sites.files(Sites.PROJECT.resolve("content/sources")).stream().filter(f -> f.endsWith(".yml")).count();
        assertEquals(records + " source records unchanged\n", run.out(), "no diff when nothing changes");
        for (String file : Sites.files(Sites.PROJECT.resolve("content/sources"))) {
            assertArrayEquals(Files.readAllBytes(Sites.PROJECT.resolve("content/sources").resolve(file)),
                    Files.readAllBytes(site.resolve("content/sources").resolve(file)), file);
        }
    }

    @Test
    void aSavedWebPageImportsWithItsStatedMetadataAndOnlyTheArticleText(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path page = tmp.resolve("saved.html");
        Files.copy(Sites.PROJECT.resolve("src/test/resources/ingest/saved-article.html"), page);
        CliRun run = CliRun.run("import", "--site", site.toString(), page.toString());

        assertEquals(0, run.exit(), run.err());
        String id = "ht-2024-seoul-tokyo";
        assertTrue(run.out().contains("imported as " + id + " (html-page,"), run.out());
        String record = Files.readString(site.resolve("content/sources/" + id + ".yml"));
        assertTrue(record.contains("title:\n  value: \"Seoul and Tokyo agree to pool chip materials stockpiles\"\n  provenance: stated"), record);
        assertTrue(record.contains("publisher:\n  value: \"Harbour Times\"\n  provenance: stated"), record);
        assertTrue(record.contains("author:\n  value: \"Kim Min-ji\"\n  provenance: stated"), record);
        assertTrue(record.contains("date:\n  value: \"2024-03-05\"\n  precision: day\n  provenance: stated"), record);
        assertTrue(record.contains("url:\n  value: \"https://www.harbour-times.example/business/2024/03/05/seoul-tokyo-chip-materials\"\n  provenance: stated"), record);
        assertTrue(record.contains("language:\n  value: \"en-GB\"\n  provenance: stated"), record);
        assertArrayEquals(Files.readAllBytes(page), Files.readAllBytes(site.resolve("content/sources/" + id + ".original.html")));
        assertEquals(0, CliRun.run("check", "--site", site.toString()).exit());
    }

    @Test
    void hostileHtmlLeavesNoScriptInAnythingWrittenButTheByteIdenticalArchive(@TempDir Path tmp) throws IOException {
        Path site = emptySite(tmp);
        Path page = Files.writeString(tmp.resolve("hostile.html"), """
                <!DOCTYPE html><html lang="en"><head><title>Hostile page</title>
                <meta property="og:title" content="A headline" onmouseover="alert(2)">
                <script>document.cookie</script><style>body{background:url(javascript:alert(3))}</style></head>
                <body onload="alert(4)"><article><h1>Headline</h1>
                <p onclick="alert(5)">First paragraph with <a href="javascript:alert(6)">a link</a> and <img src=x onerror=alert(7)>.</p>
                <svg onload="alert(8)"><script>alert(9)</script></svg>
                <p>Second paragraph.<iframe src="javascript:alert(10)"></iframe><script>alert(11)</script></p>
                </article></body></html>
                """);
        CliRun run = CliRun.run("import", "--site", site.toString(), "--id", "hostile", page.toString());
        assertEquals(0, run.exit(), run.err());
        for (String file : Sites.files(site.resolve("content"))) {
            String text = Files.readString(site.resolve("content").resolve(file));
            if (file.endsWith(".original.html")) {
                continue; // the archive is the file as received, byte for byte; it is never published as HTML
            }
            for (String bad : List.of("<script", "alert(", "onerror", "onload", "onclick", "javascript:")) {
                assertFalse(text.contains(bad), file + " contains " + bad + ":\n" + text);
            }
        }
        Path out = tmp.resolve("out");
        // published with every paragraph the draft offers quoted: the source's words reach the page as excerpts
        Files.writeString(site.resolve("content/articles/hostile.md"),
                DraftArticleLoopTest.uncommentEveryExcerpt(Files.readString(site.resolve("content/articles/hostile.md")))
                .replace("draft: true\n", "").replace("summary: \"\"", "summary: \"A test.\"")
                .replaceFirst("title: \"TODO:[^\n]*", "title: \"Notes\""));
        CliRun bake = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());
        assertEquals(0, bake.exit(), bake.err());
        for (String file : Sites.files(out)) {
            if (file.equals("dossier-offline.zip")) {
                continue; // binary: it holds the very files checked here
            }
            String text = OwnScripts.strip(Files.readString(out.resolve(file)));
            assertFalse(text.contains("<script") || text.contains("alert("), file);
        }

        // with the full text published, the saved page is served as text, never as HTML
        Path manifest = site.resolve("content/import-manifest.yml");
        Files.writeString(manifest, Files.readString(manifest).replace("    archive: hostile.original.html\n",
                "    archive: hostile.original.html\n    fulltext: true\n"));
        assertEquals(0, CliRun.run("import", "--site", site.toString(), "--regenerate").exit());
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());
        assertTrue(Files.exists(out.resolve("sources/archive/hostile.original.html.txt")));
        assertTrue(Sites.files(out).stream().noneMatch(f -> f.startsWith("sources/archive/") && f.endsWith(".html")));
        assertEquals(List.of(), new SiteLinks(out).problems());
    }
}
