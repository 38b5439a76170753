package dossier.it;

import dossier.diag.Report;
import dossier.markdown.FrontMatter;
import dossier.source.EditorSchemas;
import dossier.source.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code new} and {@code import} write files that point editors to the schemas, and the schemas beside the content. */
class EditorSchemasSiteTest {
    private static final String MODELINE = "# yaml-language-server: $schema=";

    /** The schema a file's modeline names, resolved from the file's folder as an editor does. */
    private static Path schemaOf(Path site, String path, String line) {
        assertTrue(line.startsWith(MODELINE), path + ": " + line);
        return site.resolve(path).getParent().resolve(line.substring(MODELINE.length())).normalize();
    }

    @Test
    void newEntityAndArticleStartWithTheModelineAndTheSchemasAreWritten(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        CliRun entity = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "person", "Kim Min-ji");
        assertEquals(0, entity.exit(), entity.err());
        assertTrue(entity.out().contains("created the editor schemas in content/.schemas/: article.schema.json, entity.schema.json,"), entity.out());
        String path = "content/entities/kim-min-ji.md";
        List<String> lines = Files.readAllLines(site.resolve(path));
        assertEquals("---", lines.get(0));
        Path schema = schemaOf(site, path, lines.get(1));
        assertEquals(site.resolve("content/.schemas/entity.schema.json"), schema);
        assertArrayEquals(EditorSchemas.schema(EditorSchemas.Kind.ENTITY), Files.readAllBytes(schema));
        assertEquals("# $schema: ../.schemas/entity.schema.json", lines.get(2));
        assertEquals(List.of(), Schemas.errors(EditorSchemas.Kind.ENTITY, frontMatter(site, path)), "the draft is valid by its schema");

        CliRun article = CliRun.run("new", "article", "--site", site.toString(), "--source", "minimal-source", "--title", "A second look");
        assertEquals(0, article.exit(), article.err());
        assertFalse(article.out().contains("editor schemas"), "written once: " + article.out());
        String articlePath = "content/articles/a-second-look.md";
        assertEquals(site.resolve("content/.schemas/article.schema.json"),
                schemaOf(site, articlePath, Files.readAllLines(site.resolve(articlePath)).get(1)));
        assertEquals(List.of(), Schemas.errors(EditorSchemas.Kind.ARTICLE, frontMatter(site, articlePath)));

        CliRun check = CliRun.run("check", "--site", site.toString());
        assertEquals(0, check.exit(), check.err());
        assertFalse(check.err().contains(".schemas"), check.err());
    }

    @Test
    void anOutdatedSchemaIsReplacedAndSaidSo(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        EditorSchemas.writeInto(site, new Report());
        Files.writeString(site.resolve("content/.schemas/page.schema.json"), "{}\n");
        CliRun run = CliRun.run("new", "entity", "--site", site.toString(), "--kind", "place", "Busan");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("replaced content/.schemas/page.schema.json: it was not this version's schema"), run.out());
        assertArrayEquals(EditorSchemas.schema(EditorSchemas.Kind.PAGE), Files.readAllBytes(site.resolve("content/.schemas/page.schema.json")));
    }

    @Test
    void anImportedRecordStartsWithTheModeline(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp);
        Path seed = tmp.resolve("talks.txt");
        Files.copy(Sites.PROJECT.resolve("content/sources/scmp-2023-chip-talks.original.txt"), seed);
        CliRun run = CliRun.run("import", "--site", site.toString(), "--id", "talks", seed.toString());
        assertEquals(0, run.exit(), run.err());
        String record = "content/sources/talks.yml";
        String text = Files.readString(site.resolve(record));
        assertEquals(site.resolve("content/.schemas/source-record.schema.json"), schemaOf(site, record, text.lines().findFirst().orElseThrow()));
        assertTrue(Files.exists(site.resolve("content/.schemas/source-record.schema.json")));
        assertEquals(List.of(), Schemas.errors(EditorSchemas.Kind.SOURCE_RECORD, text));
        assertEquals(List.of(), Schemas.errors(EditorSchemas.Kind.IMPORT_MANIFEST, Files.readString(site.resolve("content/import-manifest.yml"))));
    }

    private static String frontMatter(Path site, String path) throws IOException {
        return FrontMatter.split(Files.readString(site.resolve(path)), path, new Report()).orElseThrow().yaml();
    }
}
