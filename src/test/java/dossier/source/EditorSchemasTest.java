package dossier.source;

import dossier.diag.Report;
import dossier.markdown.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor schemas against the shipped dossier, and how they are written into a site and pointed to. */
class EditorSchemasTest {
    private static final Path SITE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    /** Every page, record and the manifest in content/, each with the kind of schema that describes it. */
    private static Map<EditorSchemas.Kind, List<String>> shippedFiles() throws IOException {
        Map<EditorSchemas.Kind, List<String>> files = new EnumMap<>(EditorSchemas.Kind.class);
        List<String> all;
        try (Stream<Path> walk = Files.walk(SITE.resolve("content"))) {
            all = walk.filter(Files::isRegularFile).map(p -> SITE.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.contains("/.")).sorted().toList();
        }
        for (String path : all) {
            EditorSchemas.Kind kind = path.endsWith(".md") ? EditorSchemas.Kind.ofPage(path)
                    : path.startsWith("content/sources/") && path.endsWith(".yml") ? EditorSchemas.Kind.SOURCE_RECORD
                    : path.equals("content/import-manifest.yml") ? EditorSchemas.Kind.IMPORT_MANIFEST : null;
            if (kind != null) {
                files.computeIfAbsent(kind, k -> new ArrayList<>()).add(path);
            }
        }
        return files;
    }

    /** What the schema reads: a page's front matter, a YAML file whole. */
    private static String yaml(String path) throws IOException {
        String text = Files.readString(SITE.resolve(path), StandardCharsets.UTF_8);
        return path.endsWith(".md") ? FrontMatter.split(text, path, new Report()).orElseThrow().yaml() : text;
    }

    @Test
    void everyShippedPageRecordAndTheManifestIsValidByItsSchema() throws IOException {
        Map<EditorSchemas.Kind, List<String>> files = shippedFiles();
        assertEquals(Arrays.asList(EditorSchemas.Kind.values()), new ArrayList<>(files.keySet()), "the shipped dossier has a file of every kind");
        List<String> problems = new ArrayList<>();
        for (var kind : files.entrySet()) {
            for (String path : kind.getValue()) {
                Schemas.errors(kind.getKey(), yaml(path)).forEach(e -> problems.add(path + ": " + e));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySchemaIsAValidDraft07SchemaThatSaysSo() {
        for (EditorSchemas.Kind kind : EditorSchemas.Kind.values()) {
            assertEquals(List.of(), Schemas.metaSchemaErrors(kind), kind.label());
            assertEquals("http://json-schema.org/draft-07/schema#", Schemas.json(kind).get("$schema").stringValue(), kind.label());
            assertTrue(Schemas.json(kind).has("description"), kind.label());
        }
    }

    /** Completion shows each field's description: every declared field has one (or takes it from the definition it names). */
    @Test
    void everyFieldHasADescription() {
        for (EditorSchemas.Kind kind : EditorSchemas.Kind.values()) {
            List<String> missing = new ArrayList<>();
            undescribed(Schemas.json(kind), "", missing);
            assertEquals(List.of(), missing, kind.label());
        }
    }

    private static void undescribed(tools.jackson.databind.JsonNode node, String at, List<String> missing) {
        if (node.isObject() && node.has("properties")) {
            for (String name : node.get("properties").propertyNames()) {
                tools.jackson.databind.JsonNode field = node.get("properties").get(name);
                boolean inIf = at.endsWith("/if") || at.endsWith("/then") || at.endsWith("/else") || at.contains("/allOf/");
                if (!inIf && !field.has("description") && !field.has("$ref")) {
                    missing.add(at + "/properties/" + name);
                }
            }
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                undescribed(node.get(name), at + "/" + name, missing);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                undescribed(node.get(i), at + "/" + i, missing);
            }
        }
    }

    /** The comments are the file's first lines (inside a page's front matter), and point to a schema that is there. */
    @Test
    void everyShippedFileStartsWithCommentsThatPointToItsSchemaInTheSite() throws IOException {
        for (var kind : shippedFiles().entrySet()) {
            for (String path : kind.getValue()) {
                String text = Files.readString(SITE.resolve(path), StandardCharsets.UTF_8);
                String comments = EditorSchemas.comments(kind.getKey(), path);
                assertTrue(text.startsWith(path.endsWith(".md") ? "---\n" + comments : comments), path);
                String target = EditorSchemas.modeline(kind.getKey(), path).substring("# yaml-language-server: $schema=".length());
                Path schema = SITE.resolve(path).getParent().resolve(target).normalize();
                assertEquals(SITE.resolve(kind.getKey().sitePath()), schema, path);
                assertArrayEquals(EditorSchemas.schema(kind.getKey()), Files.readAllBytes(schema), "the site's copy is the jar's: " + schema);
            }
        }
    }

    @Test
    void pathsAreRelativeToTheFilesFolder() {
        assertEquals("# yaml-language-server: $schema=../.schemas/source-record.schema.json",
                EditorSchemas.modeline(EditorSchemas.Kind.SOURCE_RECORD, "content/sources/a.yml"));
        assertEquals("# yaml-language-server: $schema=./.schemas/import-manifest.schema.json\n# $schema: ./.schemas/import-manifest.schema.json\n",
                EditorSchemas.comments(EditorSchemas.Kind.IMPORT_MANIFEST, "content/import-manifest.yml"));
        assertEquals("../../.schemas/page.schema.json", EditorSchemas.relative("content/guides/deep/x.md", "content/.schemas/page.schema.json"));
        assertEquals(EditorSchemas.Kind.PAGE, EditorSchemas.Kind.ofPage("content/index.md"));
        assertEquals(EditorSchemas.Kind.ENTITY, EditorSchemas.Kind.ofPage("content/entities/x.md"));
    }

    @Test
    void commentsGoFirstInsideFrontMatterOnce() {
        String page = "---\ntitle: \"X\"\n---\nBody.\n";
        String with = EditorSchemas.withComments(page, "content/articles/x.md");
        assertEquals("---\n# yaml-language-server: $schema=../.schemas/article.schema.json\n# $schema: ../.schemas/article.schema.json\n"
                + "title: \"X\"\n---\nBody.\n", with);
        assertEquals(with, EditorSchemas.withComments(with, "content/articles/x.md"));
        assertEquals("No front matter.\n", EditorSchemas.withComments("No front matter.\n", "content/x.md"));
    }

    /** Our generated files: written when missing, left when equal, replaced (and said) when they differ. */
    @Test
    void writeIntoCreatesReplacesAndOtherwiseLeavesAlone(@TempDir Path tmp) throws IOException {
        Report report = new Report();
        EditorSchemas.Written first = EditorSchemas.writeInto(tmp, report);
        assertEquals(Arrays.stream(EditorSchemas.Kind.values()).map(EditorSchemas.Kind::sitePath).toList(), first.created());
        assertEquals(List.of(), first.replaced());
        Path page = tmp.resolve(EditorSchemas.Kind.PAGE.sitePath());
        Files.writeString(page, "{}");
        EditorSchemas.Written second = EditorSchemas.writeInto(tmp, report);
        assertEquals(List.of(), second.created());
        assertEquals(List.of(EditorSchemas.Kind.PAGE.sitePath()), second.replaced());
        assertArrayEquals(EditorSchemas.schema(EditorSchemas.Kind.PAGE), Files.readAllBytes(page));
        EditorSchemas.Written third = EditorSchemas.writeInto(tmp, report);
        assertEquals(List.of(), third.created());
        assertEquals(List.of(), third.replaced());
        assertEquals(List.of(), report.diagnostics());
        try (Stream<Path> left = Files.list(page.getParent())) {
            assertEquals(EditorSchemas.Kind.values().length, left.count(), "no temporary file left");
        }
    }

    @Test
    void aSchemaFolderThatLinksOutOfTheSiteIsRefused(@TempDir Path tmp) throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site/content"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(site.resolve(".schemas"), outside);
        Report report = new Report();
        EditorSchemas.Written written = EditorSchemas.writeInto(tmp.resolve("site"), report);
        assertEquals(List.of(), written.created());
        assertEquals(EditorSchemas.Kind.values().length, report.diagnostics().size(), report.diagnostics().toString());
        try (Stream<Path> left = Files.list(outside)) {
            assertEquals(0, left.count());
        }
    }
}
