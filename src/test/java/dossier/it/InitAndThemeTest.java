package dossier.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 16: init writes a dossier that checks and bakes with the bundled theme alone; a site's own files win one by one. */
class InitAndThemeTest {

    @Test
    void initThenCheckThenBakeWithTheThemeAlone(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("my-dossier");
        CliRun init = CliRun.run("init", site.toString());
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("created jbake.properties"), init.out());
        assertTrue(init.out().contains("imported the example source"), init.out());
        assertFalse(Files.exists(site.resolve("templates")), "no templates of its own");
        assertFalse(Files.exists(site.resolve("assets")), "no assets of its own");
        assertTrue(Files.isRegularFile(site.resolve(".github/workflows/pages.yml")));
        assertEquals("target/\n", Files.readString(site.resolve(".gitignore")).lines().filter(l -> !l.startsWith("#")).findFirst().orElse("") + "\n");
        assertTrue(Files.readString(site.resolve(".gitattributes")).contains("content/sources/*.original.* -text"));

        CliRun check = CliRun.run("check", "--site", site.toString());
        assertEquals(0, check.exit(), check.out() + check.err());
        assertEquals("No errors or warnings.", check.out().strip());

        CliRun bake = CliRun.run("bake", "--site", site.toString());
        assertEquals(0, bake.exit(), bake.err());
        Path out = site.resolve("target/site");
        Document article = Jsoup.parse(out.resolve("articles/example-notice.html").toFile(), "UTF-8");
        assertTrue(article.select("blockquote").text().contains("The Riverside Reading Room will open at ten in the morning"), article.html());
        assertTrue(Files.isRegularFile(out.resolve("css/dossier.css")), "the theme's CSS");
        assertTrue(Files.isRegularFile(out.resolve("js/search.js")), "the theme's scripts");
        assertTrue(Files.isRegularFile(out.resolve("sources/example-notice.html")));
        assertFalse(Files.exists(site.resolve("templates")), "bake writes no templates into the site");
    }

    /** What the Pages workflow init writes runs: a new dossier bakes every edition with the bundled theme's print stylesheet. */
    @Test
    void aNewDossierBakesEveryEdition(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("my-dossier");
        assertEquals(0, CliRun.run("init", site.toString()).exit());
        assertTrue(Files.readString(site.resolve(".github/workflows/pages.yml")).contains("bake --no-cache --editions all --out _site"));
        CliRun bake = CliRun.run("bake", "--site", site.toString(), "--editions", "all");
        assertEquals(0, bake.exit(), bake.err());
        Path out = site.resolve("target/site");
        for (String file : List.of("dossier.epub", "print.html", "dossier.pdf", "css/print.css")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        Document print = Jsoup.parse(out.resolve("print.html").toFile(), "UTF-8");
        assertTrue(print.select("#p-articles_example-notice blockquote").text().contains("The Riverside Reading Room will open"), print.html());
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertEquals(List.of("dossier-offline.zip", "dossier.epub", "dossier.pdf", "print.html"),
                home.select("section.editions li > a[href]").eachAttr("href"));
        assertFalse(Files.exists(site.resolve("assets")), "bake writes no assets into the site");
    }

    /** The example is what import writes: regenerating the records from the manifest changes nothing. */
    @Test
    void theExampleSourceIsWhatImportWrites(@TempDir Path tmp) {
        Path site = tmp.resolve("d");
        assertEquals(0, CliRun.run("init", site.toString()).exit());
        CliRun regenerate = CliRun.run("import", "--site", site.toString(), "--regenerate");
        assertEquals(0, regenerate.exit(), regenerate.err());
        assertTrue(regenerate.out().contains("1 source record unchanged"), regenerate.out());
    }

    @Test
    void aNonEmptyFolderIsRefusedAndForceNeverOverwrites(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("d");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/index.md"), "mine\n");
        CliRun refused = CliRun.run("init", site.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("is not empty"), refused.err());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals(List.of("content/index.md"), Sites.files(site), "nothing written");

        CliRun forced = CliRun.run("init", "--force", "--no-github-pages", site.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertEquals("mine\n", Files.readString(site.resolve("content/index.md")));
        assertTrue(forced.out().contains("kept content/index.md: it exists"), forced.out());
        assertFalse(Files.exists(site.resolve(".github")));

        Map<String, byte[]> before = contents(site);
        CliRun again = CliRun.run("init", "--force", site.toString());
        assertEquals(0, again.exit(), again.err());
        Map<String, byte[]> after = contents(site);
        for (Map.Entry<String, byte[]> file : before.entrySet()) {
            assertArrayEquals(file.getValue(), after.get(file.getKey()), file.getKey() + " unchanged");
        }
        assertTrue(after.containsKey(".github/workflows/pages.yml"), "the missing file is written");
    }

    @Test
    void aFileIsNoFolderToInitInto(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine\n");
        CliRun run = CliRun.run("init", "--force", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is a file, not a folder"), run.err());
        assertEquals("mine\n", Files.readString(file));
    }

    @Test
    void aGitRepositoryJustMadeCountsAsEmpty(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("d");
        Files.createDirectories(site.resolve(".git"));
        assertEquals(0, CliRun.run("init", site.toString()).exit());
    }

    /** A site's own template wins; every other template and asset comes from the theme. */
    @Test
    void aSiteTemplateOverridesTheThemeFileByFile(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("d");
        assertEquals(0, CliRun.run("init", site.toString()).exit());
        CliRun eject = CliRun.run("theme", "eject", "--site", site.toString(), "layout.ftl", "assets/css/dossier.css");
        assertEquals(0, eject.exit(), eject.err());
        assertEquals("copied templates/layout.ftl\ncopied assets/css/dossier.css\n", eject.out().replace("\r", ""));
        Path layout = site.resolve("templates/layout.ftl");
        assertArrayEquals(Files.readAllBytes(Sites.PROJECT.resolve("templates/layout.ftl")), Files.readAllBytes(layout));
        Files.writeString(layout, Files.readString(layout).replace("<footer class=\"site-footer\">",
                "<footer class=\"site-footer\"><p id=\"own-footer\">Our own footer</p>"));
        Files.writeString(site.resolve("assets/css/dossier.css"), "/* ours */\n");

        CliRun kept = CliRun.run("theme", "eject", "--site", site.toString(), "templates/layout.ftl");
        assertEquals(0, kept.exit(), kept.err());
        assertTrue(kept.out().contains("kept templates/layout.ftl"), kept.out());
        assertTrue(Files.readString(layout).contains("own-footer"), "never overwritten");

        CliRun bake = CliRun.run("bake", "--site", site.toString());
        assertEquals(0, bake.exit(), bake.err());
        Path out = site.resolve("target/site");
        Document article = Jsoup.parse(out.resolve("articles/example-notice.html").toFile(), "UTF-8");
        assertNotNull(article.getElementById("own-footer"), "the site's layout");
        assertTrue(article.select("blockquote").text().contains("Riverside Reading Room"), "the theme's article template");
        assertEquals("/* ours */\n", Files.readString(out.resolve("css/dossier.css")));
        assertArrayEquals(Files.readAllBytes(Sites.PROJECT.resolve("assets/js/search.js")), Files.readAllBytes(out.resolve("js/search.js")));
    }

    /** An error inside a theme template the site has no copy of says so, and how to get one to edit. */
    @Test
    void anErrorInAThemeTemplateNamesTheTheme(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("d");
        assertEquals(0, CliRun.run("init", site.toString()).exit());
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/page.ftl"), "<#import \"toc.ftl\" as toc>\n<@toc.contents entries=42/>\n");
        CliRun bake = CliRun.run("bake", "--site", site.toString());
        assertEquals(1, bake.exit());
        assertTrue(bake.err().startsWith("templates/toc.ftl:"), bake.err());
        assertTrue(bake.err().contains("the bundled theme's template: 'theme eject templates/toc.ftl' copies it into the site [template-error]"), bake.err());
    }

    @Test
    void anUnknownThemeFileIsAUsageErrorWithASuggestion(@TempDir Path tmp) {
        CliRun run = CliRun.run("theme", "eject", "--site", tmp.toString(), "layot.ftl");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("'layot.ftl' is not a theme file"), run.err());
        assertTrue(run.err().contains("layout.ftl"), run.err());
        assertEquals(List.of(), Sites.files(tmp));
    }

    @Test
    void ejectWithNoNamesCopiesTheWholeTheme(@TempDir Path tmp) throws IOException {
        CliRun run = CliRun.run("theme", "eject", "--site", tmp.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> project = new java.util.ArrayList<>();
        Sites.files(Sites.PROJECT.resolve("templates")).forEach(f -> project.add("templates/" + f));
        Sites.files(Sites.PROJECT.resolve("assets")).forEach(f -> project.add("assets/" + f));
        project.sort(null);
        assertEquals(project, Sites.files(tmp), "the theme is the repository's templates/ and assets/");
    }

    /** The workflow init ships bakes into the folder it uploads, with the jar it verified. */
    @Test
    @SuppressWarnings("unchecked")
    void thePagesWorkflowUploadsWhatItBakes(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("d");
        assertEquals(0, CliRun.run("init", site.toString()).exit());
        Map<String, Object> workflow = new Yaml().load(Files.readString(site.resolve(".github/workflows/pages.yml")));
        Map<String, Object> env = (Map<String, Object>) workflow.get("env");
        assertTrue(env.containsKey("DOSSIER_REPO") && env.containsKey("DOSSIER_VERSION") && env.containsKey("DOSSIER_SHA256"));
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
        String run = String.join("\n", steps.stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run")).toList());
        assertTrue(run.contains("https://github.com/$DOSSIER_REPO/releases/download/v$DOSSIER_VERSION/dossier.jar"), run);
        assertTrue(run.contains("sha256sum --check"), run);
        java.util.regex.Matcher bake = java.util.regex.Pattern.compile("dossier\\.jar\" bake .*--out (\\S+)").matcher(run);
        assertTrue(bake.find(), run);
        Map<String, Object> upload = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@"))
                .findFirst().orElseThrow();
        assertEquals(bake.group(1), ((Map<String, Object>) upload.get("with")).get("path"));
        Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
        assertEquals("build", deploy.get("needs"));
        assertTrue(String.valueOf(deploy.get("steps")).contains("actions/deploy-pages@"));
        Map<String, Object> permissions = (Map<String, Object>) workflow.get("permissions");
        assertEquals("write", permissions.get("pages"));
        assertEquals("write", permissions.get("id-token"));
    }

    /** The Dockerfile serves the folder bake writes by default. */
    @Test
    void theDockerfileServesTheBakedSite() throws IOException {
        String dockerfile = Files.readString(Sites.PROJECT.resolve("Dockerfile"));
        assertTrue(dockerfile.lines().anyMatch(l -> l.matches("COPY target/site/? /usr/share/nginx/html/?")), dockerfile);
        assertTrue(dockerfile.lines().anyMatch(l -> l.startsWith("FROM nginx:") && l.contains("alpine")), dockerfile);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String file : Sites.files(root)) {
            files.put(file, Files.readAllBytes(root.resolve(file)));
        }
        return files;
    }
}
