package dossier.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new} scaffolds drafts that pass check and never overwrite; {@code check --format json} and suppression. */
class NewAndCheckJsonTest {

    @Test
    void newArticleAndEntityAreDraftsThatCheckCleanAndAreNeverOverwritten(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        CliRun article = CliRun.run("new", "article", "--site", site.toString(), "--source", "minimal-source", "--title", "A second look");
        CliRun entity = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "person", "Kim Min-ji");
        assertEquals(0, article.exit(), article.err());
        assertEquals(0, entity.exit(), entity.err());
        String scaffold = Files.readString(site.resolve("content/articles/a-second-look.md"));
        assertTrue(scaffold.contains("source: minimal-source\n") && scaffold.contains("draft: true\n") && scaffold.contains("# "), scaffold);
        assertTrue(Files.exists(site.resolve("content/entities/kim-min-ji.md")));

        CliRun check = CliRun.run("check", "--site", site.toString());
        assertEquals(0, check.exit(), check.err());

        Files.writeString(site.resolve("content/entities/kim-min-ji.md"), "edited by hand");
        CliRun again = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "person", "Kim Min-ji");
        assertEquals(1, again.exit());
        assertTrue(again.err().startsWith("content/entities/kim-min-ji.md:1:1: error: already exists"), again.err());
        assertEquals("edited by hand", Files.readString(site.resolve("content/entities/kim-min-ji.md")));
    }

    /** Issue 15: a name or alias another entity has is refused at once, naming that entity, not when the draft is published. */
    @Test
    void newEntityRefusesANameOrAliasAnotherEntityHas(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        for (String part : new String[] {"content", "templates", "assets"}) {
            Sites.copyTree(Sites.PROJECT.resolve(part), site.resolve(part));
        }
        Files.copy(Sites.PROJECT.resolve("jbake.properties"), site.resolve("jbake.properties"));
        CliRun alias = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "organisation", "Trade  Ministry");
        assertEquals(1, alias.exit(), alias.err());
        assertTrue(alias.err().contains("content/entities/trade-ministry.md:1:1: error: 'trade ministry' is already an alias of "
                + "South Korean trade ministry (content/entities/south-korean-trade-ministry.md): nothing written"), alias.err());
        assertFalse(Files.exists(site.resolve("content/entities/trade-ministry.md")));
        CliRun name = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "agreement", "forum on resource geostrategic engagement");
        assertEquals(1, name.exit(), name.err());
        assertTrue(name.err().contains("'Forum on Resource Geostrategic Engagement' is already the name of Forum on Resource Geostrategic "
                + "Engagement (content/entities/forge.md)"), name.err());
        CliRun page = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "material", "gallium");
        assertTrue(page.err().contains("content/entities/gallium.md:1:1: error: already exists"), "a page at that path says so first: " + page.err());
        CliRun fresh = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "material", "Indium");
        assertEquals(0, fresh.exit(), fresh.err());
    }

    @Test
    void newRejectsUnknownSourcesAndKindsWithSuggestions(@TempDir Path tmp) {
        Path site = Sites.fixture("minimal", tmp);
        CliRun source = CliRun.run("new", "article", "--site", site.toString(), "--source", "minimal-sorce");
        assertEquals(2, source.exit());
        assertTrue(source.err().contains("did you mean 'minimal-source'?"), source.err());
        CliRun kind = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "persn", "X");
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("did you mean 'person'?"), kind.err());
    }

    @Test
    void checkFormatJsonPrintsOneObjectPerDiagnosticOnStdout(@TempDir Path tmp) {
        Path site = Sites.fixture("invalid/wrong-paragraph", tmp);
        CliRun run = CliRun.run("check", "--site", site.toString(), "--format", "json");
        assertEquals(1, run.exit());
        assertEquals("", run.err());
        assertEquals(List.of(
                "{\"code\":\"excerpt-paragraph\",\"severity\":\"error\",\"path\":\"content/articles/trade-status.md\",\"line\":16,\"column\":3,"
                        + "\"endLine\":16,\"endColumn\":23,"
                        + "\"message\":\"excerpt is in ¶2 of 'minimal-source', not ¶1\",\"hint\":\"change the key to [@minimal-source, ¶2]\","
                        + "\"fix\":{\"description\":\"change the key's locator to ¶2\",\"replacements\":[{\"startLine\":16,\"startColumn\":21,"
                        + "\"endLine\":16,\"endColumn\":23,\"text\":\"¶2\"}]}}",
                "{\"code\":\"excerpt-excluded\",\"severity\":\"error\",\"path\":\"content/articles/trade-status.md\",\"line\":18,\"column\":3,"
                        + "\"endLine\":18,\"endColumn\":3,"
                        + "\"message\":\"excerpt quotes ¶3 of 'minimal-source', which is excluded from the article: Publisher promo.\",\"hint\":null,"
                        + "\"fix\":null}"),
                run.out().lines().toList());
    }

    @Test
    void warningsCanBeSuppressedByCodeButErrorsCannot(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        CliRun.run("new", "entity", "--site", site.toString(), "--kind", "place", "Busan");
        assertTrue(CliRun.run("check", "--site", site.toString()).err().contains("[draft]"));

        String settings = Files.readString(site.resolve("jbake.properties"));
        Files.writeString(site.resolve("jbake.properties"), settings + "\ndossier.suppress = draft\n");
        CliRun quiet = CliRun.run("check", "--site", site.toString(), "--format", "json");
        assertEquals(0, quiet.exit());
        assertEquals("", quiet.out());

        // naming an error in dossier.suppress is itself an error, and the error is still reported
        Files.writeString(site.resolve("jbake.properties"), settings + "\ndossier.suppress = draft, excerpt-mismatch\n");
        Path article = site.resolve("content/articles/trade-status.md");
        Files.writeString(article, Files.readString(article).replace("on Monday", "on Sunday"));
        CliRun failing = CliRun.run("check", "--site", site.toString(), "--format", "json");
        assertEquals(1, failing.exit());
        assertTrue(failing.out().contains("\"code\":\"excerpt-mismatch\",\"severity\":\"error\""), failing.out());
        assertTrue(failing.out().contains("\"code\":\"suppress-error\",\"severity\":\"error\",\"path\":\"jbake.properties\""), failing.out());
    }

    /** Issue 15: annotations a GitHub workflow shows on the pull request's lines. */
    @Test
    void checkFormatGithubPrintsOneWorkflowCommandPerDiagnostic(@TempDir Path tmp) {
        Path site = Sites.fixture("invalid/wrong-paragraph", tmp);
        CliRun run = CliRun.run("check", "--site", site.toString(), "--format", "github");
        assertEquals(1, run.exit());
        assertEquals("", run.err());
        assertEquals(List.of(
                "::error file=content/articles/trade-status.md,line=16,col=3,title=excerpt-paragraph::"
                        + "excerpt is in ¶2 of 'minimal-source', not ¶1%0Achange the key to [@minimal-source, ¶2]",
                "::error file=content/articles/trade-status.md,line=18,col=3,title=excerpt-excluded::"
                        + "excerpt quotes ¶3 of 'minimal-source', which is excluded from the article: Publisher promo."),
                run.out().lines().toList());
    }

    /** Issue 15: --strict makes warnings fail the check, for CI that keeps a dossier free of them. */
    @Test
    void strictMakesWarningsFailTheCheck(@TempDir Path tmp) {
        Path site = Sites.fixture("minimal", tmp);
        CliRun.run("new", "entity", "--site", site.toString(), "--kind", "place", "Busan");
        CliRun lenient = CliRun.run("check", "--site", site.toString());
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.err().contains("warning:"), lenient.err());
        CliRun strict = CliRun.run("check", "--site", site.toString(), "--strict");
        assertEquals(1, strict.exit(), strict.err());
        assertTrue(strict.err().contains("--strict: the warnings fail the check"), strict.err());
        CliRun annotated = CliRun.run("check", "--site", site.toString(), "--strict", "--format", "github");
        assertEquals(1, annotated.exit());
        assertTrue(annotated.out().startsWith("::warning file=content/entities/busan.md,"), annotated.out());
    }
}
