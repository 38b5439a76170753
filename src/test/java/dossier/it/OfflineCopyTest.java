package dossier.it;

import dossier.build.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dossier-offline.zip, in the output folder so that a hosted site serves it: the baked site under
 * dossier/ (but not the zip itself), byte-identical across bakes, working from disk, and linked
 * from every page.
 */
class OfflineCopyTest {

    @Test
    void twoBakesGiveTheSameZipOfTheWholeSiteAndItsLinksWorkUnzipped(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a/site");
        Path b = tmp.resolve("b/site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, a)).ok());
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, b)).ok());
        Path zipA = a.resolve("dossier-offline.zip");
        Path zipB = b.resolve("dossier-offline.zip");
        assertArrayEquals(Files.readAllBytes(zipA), Files.readAllBytes(zipB), "byte-identical");

        Path unzipped = tmp.resolve("unzipped");
        List<String> names = new ArrayList<>();
        List<String> files = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipA))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertTrue(entry.getName().startsWith("dossier/"), entry.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), entry.getTimeLocal(), entry.getName());
                assertNull(entry.getExtra(), "no extra fields: " + entry.getName());
                if (!entry.isDirectory()) {
                    files.add(entry.getName().substring("dossier/".length()));
                    Path target = unzipped.resolve(entry.getName());
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        assertEquals(names.stream().sorted().toList(), names, "entries in sorted order");
        assertEquals(Sites.files(a).stream().filter(f -> !f.equals(".dossier-bake") && !f.equals("dossier-offline.zip")).toList(), files,
                "every file of the site but the bake's marker and the zip itself, nothing else");
        for (String file : files) {
            byte[] hostedBytes = Files.readAllBytes(a.resolve(file));
            byte[] zippedBytes = Files.readAllBytes(unzipped.resolve("dossier").resolve(file));
            if (file.endsWith(".html")) {
                // the one difference: the hosted pages that list the editions give the zip's size, which the zip cannot hold
                assertArrayEquals(withoutZipSize(hostedBytes), withoutZipSize(zippedBytes), file);
                assertEquals("", zipSize(zippedBytes), file);
            } else {
                assertArrayEquals(hostedBytes, zippedBytes, file);
            }
        }
        assertFalse(zipSize(Files.readAllBytes(a.resolve("index.html"))).isEmpty(), "the hosted home page gives the zip's size");
        assertTrue(files.containsAll(List.of("index.html", "feed.xml", "bibliography.bib", "annotations.jsonld")));
        assertEquals(List.of(), SiteLinks.offlineCopy(unzipped.resolve("dossier")).problems(), "the unzipped copy works from disk");
        SiteLinks hosted = new SiteLinks(a);
        assertEquals(List.of(), hosted.problems(), "the baked site's links, the zip's included, resolve");
        for (String page : List.of("index.html", "about.html", "articles/2023-04-japan-whitelist.html")) {
            String root = "../".repeat((int) page.chars().filter(c -> c == '/').count());
            assertEquals(1, hosted.page(page).select("p.offline-copy a[href=\"" + root + "dossier-offline.zip\"]").size(), page + " links the zip");
        }
    }

    private static final java.util.regex.Pattern ZIP_SIZE = java.util.regex.Pattern.compile("(data-edition-size=\"dossier-offline\\.zip\">)([^<]*)");

    private static byte[] withoutZipSize(byte[] page) {
        return ZIP_SIZE.matcher(new String(page, java.nio.charset.StandardCharsets.UTF_8)).replaceAll("$1")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String zipSize(byte[] page) {
        java.util.regex.Matcher m = ZIP_SIZE.matcher(new String(page, java.nio.charset.StandardCharsets.UTF_8));
        return m.find() ? m.group(2) : "";
    }

    @Test
    void aFailedBakeLeavesThePreviousZipAndNoTemporaryFile(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path out = tmp.resolve("out/site");
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());
        Path zip = out.resolve("dossier-offline.zip");
        byte[] before = Files.readAllBytes(zip);

        Path article = site.resolve("content/articles/trade-status.md");
        Files.writeString(article, Files.readString(article).replace("on Monday", "on Friday"));
        assertEquals(1, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());
        assertArrayEquals(before, Files.readAllBytes(zip));
        try (Stream<Path> siblings = Files.list(tmp.resolve("out"))) {
            assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file beside it");
        }

        Files.writeString(site.resolve("content/about.md"), "---\ntitle: About, revised\n---\nRevised.\n");
        Files.writeString(article, Files.readString(article).replace("on Friday", "on Monday"));
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(zip)), "a successful bake replaces the zip");
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            assertEquals("dossier/", z.getNextEntry().getName());
        }
    }

    /** An asset at the zip's name is not overwritten: the bake fails and says why, the previous site stays. */
    @Test
    void anAssetAtTheZipsNameIsReported(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path out = tmp.resolve("out/site");
        assertEquals(0, CliRun.run("bake", "--site", site.toString(), "--out", out.toString()).exit());
        byte[] before = Files.readAllBytes(out.resolve("dossier-offline.zip"));
        Files.writeString(site.resolve("assets/dossier-offline.zip"), "an editor's own file");
        CliRun run = CliRun.run("bake", "--site", site.toString(), "--out", out.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("the site has a file of its own at dossier-offline.zip"), run.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("dossier-offline.zip")), "the previous site is unchanged");
    }

    /**
     * The zip moves with the site into the output folder, and is still the one the next bake finds
     * and reuses: every file unchanged, every file's compressed bytes taken from it.
     */
    @Test
    void theNextBakeReusesTheZipInsideTheOutput(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path out = tmp.resolve("out/site");
        Build.Memo memo = Build.Memo.forBake();
        assertTrue(new Build(memo).run(new Build.Options(site, out)).ok());
        assertEquals(0, memo.offlineFilesReused(), "nothing to reuse the first time");
        byte[] first = Files.readAllBytes(out.resolve("dossier-offline.zip"));
        assertTrue(new Build(memo).run(new Build.Options(site, out)).ok());
        long zipped = Sites.files(out).stream().filter(f -> !f.equals(".dossier-bake") && !f.equals("dossier-offline.zip")).count();
        assertEquals(zipped, memo.offlineFilesReused(), "every file's compressed bytes from the zip in the last output");
        assertArrayEquals(first, Files.readAllBytes(out.resolve("dossier-offline.zip")), "and the same zip");
    }
}
