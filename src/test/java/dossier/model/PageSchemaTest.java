package dossier.model;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import dossier.markdown.FrontMatter;
import dossier.markdown.MarkdownProcessor;
import dossier.markdown.ParsedPage;
import dossier.source.EditorSchemas.Kind;
import dossier.source.Paragraph;
import dossier.source.Schemas;
import dossier.source.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The front-matter schemas say what the model accepts: the same fields for each kind of page, the
 * same entity kinds and periods; and front matter the model rejects, the schema rejects too.
 */
class PageSchemaTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final SourceRecord SOURCE = ModelBuilderTest.source("minimal-source", "content/sources/minimal-source.yml", "2023-04",
            List.of(new Paragraph(1, Paragraph.TEXT, "Seoul and Tokyo agreed on Monday to restore each other\u2019s trade status.", null)));

    @Test
    void eachKindOfPageHasTheReadersFields() {
        assertEquals(new TreeSet<>(PageReader.ARTICLE_FIELDS), Schemas.properties(Kind.ARTICLE, ""));
        assertEquals(new TreeSet<>(PageReader.ENTITY_FIELDS), Schemas.properties(Kind.ENTITY, ""));
        assertEquals(new TreeSet<>(PageReader.PAGE_FIELDS), Schemas.properties(Kind.PAGE, ""));
        for (Kind kind : List.of(Kind.ARTICLE, Kind.ENTITY, Kind.PAGE)) {
            assertFalse(Schemas.at(kind, "").get("additionalProperties").asBoolean(), kind.label() + ": the reader rejects unknown fields");
        }
    }

    @Test
    void enumerationsAreTheModels() {
        assertEquals(Arrays.stream(EntityKind.values()).map(EntityKind::label).collect(Collectors.toCollection(TreeSet::new)),
                Schemas.enumeration(Kind.ENTITY, "/properties/kind"));
        for (Kind kind : List.of(Kind.ARTICLE, Kind.ENTITY, Kind.PAGE)) {
            assertEquals(Arrays.stream(Period.values()).map(Period::word).collect(Collectors.toCollection(TreeSet::new)),
                    Schemas.enumeration(kind, "/definitions/figure/properties/per"), kind.label());
        }
        // the type a page may state is the one where it lives: home for content/index.md, page for any other
        assertEquals(Set.of("home", "page"), Schemas.enumeration(Kind.PAGE, "/properties/type"));
        assertEquals("article", Schemas.at(Kind.ARTICLE, "/properties/type").get("const").stringValue());
        assertEquals("entity", Schemas.at(Kind.ENTITY, "/properties/type").get("const").stringValue());
    }

    /** A page's front matter, the model's error codes for it, and what every error of the schema's names (none when valid). */
    record Case(String name, String path, String yaml, Set<String> codes, String schemaSays) {
        Case(String name, String path, String yaml) {
            this(name, path, yaml, Set.of(), "");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        String article = "title: \"Trade status restored\"\nsummary: \"Short.\"\nsource: minimal-source\n";
        String event = "events:\n  - date: \"2023-07-21\"\n    text: \"Seoul and Tokyo restore trade status.\"\n    source: \"[@minimal-source, ¶1]\"\n";
        return List.of(
                new Case("a complete article", "content/articles/a.md", article + "tags: [japan, export-controls]\n" + event
                        + "corrections:\n  - date: 2024\n    what: \"A date.\"\n    why: \"It was wrong.\"\n"),
                new Case("a draft without a summary", "content/articles/a.md",
                        "title: \"Draft\"\nsource: minimal-source\ndraft: true\n"),
                new Case("optional fields left empty", "content/articles/a.md", article + "tags:\ndraft:\n"),
                new Case("an entity", "content/entities/seoul.md",
                        "title: \"Seoul\"\nkind: place\naliases: [\"Seoul city\"]\nsummary: \"The capital.\"\n"),
                new Case("an unknown field", "content/articles/a.md", article + "titel: \"Typo\"\n", Set.of("unknown-field"), "'titel'"),
                new Case("an unknown field in an event", "content/articles/a.md", article + event + "    dated: \"2023\"\n",
                        Set.of("unknown-field"), "/events/0: property 'dated'"),
                new Case("a bad entity kind", "content/entities/seoul.md", "title: \"Seoul\"\nkind: city\nsummary: \"The capital.\"\n",
                        Set.of("bad-kind"), "/kind:"),
                new Case("a bad event date", "content/articles/a.md", article + event.replace("2023-07-21", "2023-13-01"), Set.of("bad-date"), "/events/0/date:"),
                new Case("no summary, not a draft", "content/articles/a.md", "title: \"T\"\nsource: minimal-source\n", Set.of("missing-field"), "'summary'"),
                new Case("a tag that is no slug", "content/articles/a.md", article + "tags: [\"Export Controls\"]\n", Set.of("bad-tag"), "/tags"),
                new Case("a home page typed as an article", "content/index.md", "title: \"Home\"\ntype: article\n", Set.of("page-type"), "/type:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSchemaRejectsWhatTheModelRejects(Case c) {
        Report report = new Report();
        Optional<ParsedPage> parsed = MARKDOWN.parse(c.path(), "---\n" + c.yaml() + "---\nSome commentary.\n", report).map(p -> p.page());
        assertTrue(parsed.isPresent(), report.diagnostics().toString());
        new ModelBuilder(report).build(List.of(SOURCE), List.of(parsed.get()), Set.of());
        Set<String> codes = report.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(c.codes(), codes, "the model: " + report.diagnostics());
        String yaml = FrontMatter.split("---\n" + c.yaml() + "---\n", c.path(), new Report()).orElseThrow().yaml();
        List<String> errors = Schemas.errors(Kind.ofPage(c.path()), yaml);
        assertEquals(c.codes().isEmpty(), errors.isEmpty(), "the schema: " + errors);
        assertTrue(errors.stream().allMatch(e -> e.contains(c.schemaSays())), "the schema, about " + c.schemaSays() + ": " + errors);
    }
}
