package dossier.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar, run as users run it: shaded correctly, quiet, with the documented exit codes. */
class JarIT {
    private static final Path JAR = Sites.PROJECT.resolve("target/dossier.jar");

    private record Result(int exit, String out, String err) {
    }

    private static Result java(Path workDir, String... args) throws IOException, InterruptedException {
        return java(workDir, List.of(), args);
    }

    /** @param options the JVM's own, before -jar */
    private static Result java(Path workDir, List<String> options, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("dossier-out", ".txt");
        Path err = Files.createTempFile("dossier-err", ".txt");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "jar finished");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void bakesTheMinimalSiteQuietlyIntoTargetSite(@TempDir Path tmp) throws Exception {
        Path site = Sites.fixture("minimal", tmp);
        Result result = java(site, "bake");
        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.err(), "no library log noise");
        assertTrue(Files.isRegularFile(site.resolve("target/site/index.html")));
        assertTrue(Files.isRegularFile(site.resolve("target/site/css/dossier.css")));
    }

    /** Issue 16: the theme is read from inside the jar (a jar: URL, not a folder of classes). */
    @Test
    void initThenBakeWithTheThemeInTheJar(@TempDir Path tmp) throws Exception {
        Result init = java(tmp, "init", "d");
        assertEquals(0, init.exit(), init.err());
        Path site = tmp.resolve("d");
        Result check = java(site, "check");
        assertEquals(0, check.exit(), check.err());
        assertEquals("No errors or warnings.", check.out().strip());
        Result bake = java(site, "bake");
        assertEquals(0, bake.exit(), bake.err());
        assertEquals("", bake.err(), "no library log noise, no stack trace");
        assertTrue(Files.isRegularFile(site.resolve("target/site/articles/example-notice.html")));
        assertTrue(Files.isRegularFile(site.resolve("target/site/js/search.js")));
        assertTrue(!Files.exists(site.resolve("templates")));
        Result list = java(site, "theme", "list");
        assertTrue(list.out().contains("templates/layout.ftl"), list.out());
    }

    /** The PDF's fonts come from the shaded jar, and no library writes a cache into the home folder or prints a line. */
    @Test
    void everyEditionFromTheJarWithItsFontsAndNothingWrittenOutside(@TempDir Path tmp) throws Exception {
        assertEquals(0, java(tmp, "init", "d").exit());
        Path site = tmp.resolve("d");
        Path home = Files.createDirectories(tmp.resolve("home"));
        Result bake = java(site, List.of("-Duser.home=" + home), "bake", "--editions", "all");
        assertEquals(0, bake.exit(), bake.err());
        assertEquals("", bake.err(), "no library log noise");
        try (java.util.stream.Stream<Path> left = Files.list(home)) {
            assertEquals(List.of(), left.toList(), "nothing written into the home folder (no font cache)");
        }
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(site.resolve("target/site/dossier.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 2, "cover, contents and the pages");
            for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded() && font.getName().contains("Liberation"), font.getName());
                }
            }
            assertTrue(pdf.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext(), "an outline");
        }
    }

    @Test
    void reportsContentErrorsWithExitOneAndNoStackTrace(@TempDir Path tmp) throws Exception {
        Path site = Sites.fixture("invalid/unknown-key", tmp);
        Result result = java(site, "check");
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith("content/articles/trade-status.md:11:3: error: unknown source key"), result.err());
        assertTrue(!result.err().contains("\tat "), "no stack trace");
    }

    /**
     * The jar carries only part of ICU's data (pom.xml's shade filter): the figures check, which
     * reads number words with it, must still run from the jar and report, not crash.
     */
    @Test
    void theFiguresCheckReadsNumberWordsFromTheJar(@TempDir Path tmp) throws Exception {
        Path site = Sites.fixture("minimal", tmp);
        Path page = site.resolve("content/articles/trade-status.md");
        Files.writeString(page, Files.readString(page).replaceFirst("tags: \\[trade\\]\n",
                "tags: [trade]\nfigures:\n  - value: 7\n    unit: \"days\"\n    measures: \"Days until it takes effect\"\n"
                        + "    source: \"[@minimal-source, ¶2]\"\n"));
        Result result = java(site, "check");
        assertEquals(1, result.exit(), result.err());
        assertTrue(result.err().contains("error: the value 7 does not appear in ¶2 of 'minimal-source'"), result.err());
        assertTrue(!result.err().contains("\tat ") && !result.err().contains("Exception"), "no stack trace: " + result.err());
    }

    @Test
    void usageErrorExitsTwo(@TempDir Path tmp) throws Exception {
        assertEquals(2, java(tmp, "frobnicate").exit());
    }
}
