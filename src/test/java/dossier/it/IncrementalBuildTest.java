package dossier.it;

import dossier.build.Build;
import dossier.diag.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds that reuse what the last build left write exactly what a clean build writes, both ways
 * the tool reuses: a {@link Build.Memo} kept in the process (as {@code serve} builds), and the
 * persistent build cache (one {@code bake} after another into the same folder, the memo saved
 * and read back in between). A copy of the shipped dossier is edited one kind of input at a time
 * (an article, an entity, a source record, an archive, a template, the settings, an asset, a page
 * added and deleted, an error made and mended), and after each edit the output of a build that
 * reuses is compared file by file, byte for byte, with a build that does not (for {@code bake}
 * the offline zip too), and so are the diagnostics.
 */
class IncrementalBuildTest {
    enum Reuse { IN_PROCESS, BUILD_CACHE }

    @TempDir
    Path tmp;
    Path site;
    Reuse reuse;
    final Build.Memo memo = new Build.Memo();
    int generation;

    private void copyShippedDossier() {
        site = tmp.resolve("dossier");
        for (String part : List.of("content", "templates", "assets", "jbake.properties")) {
            Sites.copyTree(Sites.PROJECT.resolve(part), site.resolve(part));
        }
    }

    @ParameterizedTest
    @EnumSource(Reuse.class)
    void everyKindOfEditGivesWhatACleanBuildGives(Reuse reuse) throws IOException {
        this.reuse = reuse;
        copyShippedDossier();
        sameAsClean("the first build");
        if (reuse == Reuse.IN_PROCESS) {
            assertEquals(0, memo.pagesReused(), "nothing to reuse yet");
        }
        List<String> filesBefore = reuse == Reuse.BUILD_CACHE ? fileKeys(baked()) : List.of();

        Build.Result again = sameAsClean("a build with nothing changed");
        if (reuse == Reuse.IN_PROCESS) {
            assertEquals(again.pagesWritten(), memo.pagesReused(), "with nothing changed every page is reused");
            assertTrue(memo.searchFilesReused() > 0, "and the search index");
        } else {
            assertEquals(filesBefore, fileKeys(baked()), "with nothing changed every page and search file is the last bake's, linked");
        }

        if (reuse == Reuse.BUILD_CACHE) {
            Path page = baked().resolve("index.html");
            Files.writeString(page, Files.readString(page).replace("</body>", "<script>edited by hand</script></body>"));
            sameAsClean("an output page edited by hand (the cache's stamp of it no longer holds: written again)");
        }

        Path article = site.resolve("content/articles/2023-09-gallium-talks.md");
        edit(article, "\n## Seoul's request\n", "\nA sentence added by the test.\n\n## Seoul's request\n", true);
        Build.Result articleEdited = sameAsClean("an article edited");
        assertTrue(reuse != Reuse.IN_PROCESS || memo.pagesReused() > 0 && memo.pagesReused() < articleEdited.pagesWritten(),
                "an article's edit re-renders some pages, not all: " + memo.pagesReused());

        edit(site.resolve("content/entities/gallium.md"), "summary: \"Element used in chipmaking",
                "summary: \"Metal used in chipmaking", false);
        sameAsClean("an entity's summary edited (its backlinks and index show it)");

        edit(site.resolve("content/entities/gallium.md"), "title: \"Gallium\"\nkind: material\naliases: []",
                "title: \"Gallium (Ga)\"\nkind: material\naliases: [\"Gallium\"]", false);
        sameAsClean("an entity's title edited (wiki-links and backlinks name it)");

        Files.move(site.resolve("content/entities/gallium.md"), site.resolve("content/entities/gallium-metal.md"));
        sameAsClean("an entity's file renamed (every wiki-link to it leads elsewhere)");

        edit(site.resolve("content/import-manifest.yml"), "value: \"South Korea restores Japan to its list of preferential trading partners\"",
                "value: \"South Korea puts Japan back on its list of preferential trading partners\"", false);
        CliRun regenerated = CliRun.run("import", "--site", site.toString(), "--regenerate");
        assertEquals(0, regenerated.exit(), regenerated.err());
        sameAsClean("a source record regenerated with a new title (every page citing it shows it)");

        failsTwiceThenMended(site.resolve("content/import-manifest.yml"), text -> text.replaceFirst("provenance: supplied", "provenance: guessed"),
                "the manifest given an error");
        failsTwiceThenMended(site.resolve("content/sources/koreapro-2023-gallium-talks.yml"),
                text -> text.replace("accounts for 80% of the world", "accounts for 90% of the world"),
                "a source record edited by hand (its proof fails, the excerpts citing it too)");
        failsTwiceThenMended(site.resolve("content/sources/koreapro-2023-gallium-talks.yml"), text -> "# a control character \u0008 in a comment\n" + text,
                "a control character in a record's comment (reading the file reports it; the record does not load)");
        failsTwiceThenMended(site.resolve("content/sources/scmp-2023-chip-talks.original.txt"), text -> text + "\nA line added to the archive.\n",
                "an archive changed, its record not (the record's parse is kept, the archive is checked again)");

        Path template = firstTemplateWith("</footer>");
        edit(template, "</footer>", "<p>Edited by the test.</p></footer>", false);
        sameAsClean("a template edited");

        edit(site.resolve("jbake.properties"), "site.title=", "site.title=Edited ", false);
        sameAsClean("the settings edited");

        Path css = site.resolve("assets/css/dossier.css");
        Files.writeString(css, Files.readString(css) + "\n/* edited by the test */\n");
        sameAsClean("an asset edited");

        Path added = site.resolve("content/notes.md");
        Files.writeString(added, "---\ntitle: \"Notes\"\n---\n\nSee [[Gallium]].\n");
        sameAsClean("a page added (the navigation and the entity's backlinks list it)");
        Files.delete(added);
        sameAsClean("the page deleted");

        failsTwiceThenMended(article, text -> text.replaceFirst("\\[@[a-z0-9-]+", "[@no-such-source"),
                "an error made (a citation of an unknown source)");
    }

    private Build.Result sameAsClean(String step) throws IOException {
        return sameAsClean(step, true);
    }

    private Build.Result sameAsClean(String step, boolean succeeds) throws IOException {
        return reuse == Reuse.IN_PROCESS ? sameAsCleanInProcess(step, succeeds) : sameAsCleanBaked(step, succeeds);
    }

    /** Where one bake after another goes, with the build cache. */
    private Path baked() {
        return site.resolve("target/site");
    }

    /**
     * Bakes with the cache into the same folder and, into a fresh one, without it ({@code --no-cache});
     * compares what they print on stderr (the diagnostics), their exit codes, and every file
     * (the sites, the offline zips in them included).
     */
    private Build.Result sameAsCleanBaked(String step, boolean succeeds) throws IOException {
        generation++;
        Path clean = tmp.resolve("clean-" + generation + "/site");
        CliRun cached = CliRun.run("bake", "--site", site.toString());
        CliRun fresh = CliRun.run("bake", "--no-cache", "--site", site.toString(), "--out", clean.toString());
        assertEquals(diagnostics(fresh), diagnostics(cached), step + ": diagnostics");
        assertEquals(succeeds ? 0 : 1, fresh.exit(), step + ": " + fresh.err());
        assertEquals(fresh.exit(), cached.exit(), step);
        CliRun checked = CliRun.run("check", "--site", site.toString());
        CliRun checkedFresh = CliRun.run("check", "--no-cache", "--site", site.toString());
        assertEquals(List.of(checkedFresh.exit(), checkedFresh.out(), checkedFresh.err()), List.of(checked.exit(), checked.out(), checked.err()),
                step + ": a check with the cache says what one without it says");
        if (fresh.exit() == 0) {
            List<String> files = Sites.files(clean.getParent());
            assertEquals(files, Sites.files(baked().getParent()).stream().filter(f -> !f.startsWith("dossier-cache/")).toList(), step + ": the same files");
            List<String> differ = new ArrayList<>();
            for (String file : files) {
                if (!Arrays.equals(Files.readAllBytes(clean.getParent().resolve(file)), Files.readAllBytes(baked().getParent().resolve(file)))) {
                    differ.add(file);
                }
            }
            assertEquals(List.of(), differ, step + ": files that differ from a clean bake");
        }
        return new Build.Result(new dossier.diag.Report(), java.util.Optional.empty(), Sites.files(baked()).size(), List.of());
    }

    /** What a bake printed on stderr but the last line, which names the output folder when a bake fails. */
    private static List<String> diagnostics(CliRun run) {
        return run.err().lines().filter(line -> !line.startsWith("bake failed:")).toList();
    }

    /** Each page and search file of the folder with what identifies it on disk (its inode where the system has them), in order. */
    private static List<String> fileKeys(Path folder) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String file : Sites.files(folder)) {
            // the pages that list the editions are written anew at each bake, with the sizes of its files
            boolean listsEditions = file.endsWith(".html") && Files.readString(folder.resolve(file)).contains("data-edition-size=");
            if ((file.endsWith(".html") && !listsEditions) || file.startsWith("search")) {
                keys.add(file + " " + Files.readAttributes(folder.resolve(file), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        assertTrue(keys.size() > 1, "pages to compare");
        return keys;
    }

    /** Builds with the memo and without it, into fresh folders, and compares outputs and diagnostics. */
    private Build.Result sameAsCleanInProcess(String step, boolean succeeds) throws IOException {
        generation++;
        Path withMemo = tmp.resolve("memo-" + generation + "/site");
        Path clean = tmp.resolve("clean-" + generation + "/site");
        Build.Result incremental = new Build(memo).run(Build.Options.preview(site, withMemo, false));
        Build.Result fresh = new Build().run(Build.Options.preview(site, clean, false));
        assertEquals(messages(fresh.report().diagnostics()), messages(incremental.report().diagnostics()), step + ": diagnostics");
        assertEquals(succeeds, fresh.ok(), step + ": " + messages(fresh.report().diagnostics()));
        assertEquals(fresh.ok(), incremental.ok(), step);
        if (fresh.ok()) {
            assertEquals(Sites.files(clean.getParent()), Sites.files(withMemo.getParent()), step + ": the same files");
            List<String> differ = new ArrayList<>();
            for (String file : Sites.files(clean.getParent())) {
                if (!Arrays.equals(Files.readAllBytes(clean.getParent().resolve(file)), Files.readAllBytes(withMemo.getParent().resolve(file)))) {
                    differ.add(file);
                }
            }
            assertEquals(List.of(), differ, step + ": files that differ from a clean build");
            assertEquals(fresh.pagesWritten(), incremental.pagesWritten(), step);
        }
        return incremental;
    }

    /**
     * An edit that makes the build fail, built twice (the second time what the memo kept must
     * report the same), then undone byte for byte and built again.
     */
    private void failsTwiceThenMended(Path file, UnaryOperator<String> edit, String what) throws IOException {
        byte[] before = Files.readAllBytes(file);
        Files.writeString(file, edit.apply(new String(before, StandardCharsets.UTF_8)));
        sameAsClean(what, false);
        sameAsClean(what + ", built again (what the memo kept reports the same)", false);
        Files.write(file, before);
        sameAsClean(what + ", undone");
    }

    private static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    private static void edit(Path file, String from, String to, boolean once) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, once ? text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                : text.replace(from, to));
    }

    private Path firstTemplateWith(String text) throws IOException {
        try (var files = Files.list(site.resolve("templates"))) {
            for (Path file : files.sorted().toList()) {
                if (Files.readString(file).contains(text)) {
                    return file;
                }
            }
        }
        throw new AssertionError("no template has " + text);
    }
}
