package dossier.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.build.Build;
import dossier.model.Dossier;
import dossier.model.PageKind;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index of the shipped dossier: what it holds, what it must never hold, and its shape. */
class SearchIndexTest {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static Dossier dossier;
    static String script;
    static JsonNode index;
    static List<SearchDocument> docs;

    @BeforeAll
    static void build() throws Exception {
        Build.Result result = new Build().run(new Build.Options(PROJECT, null));
        assertTrue(result.ok(), result.report().diagnostics().toString());
        dossier = result.dossier().orElseThrow();
        script = SearchIndexFile.script(dossier);
        index = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
        docs = SearchDocuments.of(dossier);
    }

    @Test
    void isAClassicScriptSettingAGlobalInPlainAscii() {
        assertTrue(script.contains("\nwindow.DOSSIER_SEARCH={"), "a classic script, no module syntax");
        assertTrue(script.endsWith("};\n"));
        assertTrue(script.chars().allMatch(c -> c < 0x7f), "every other character escaped");
        assertEquals(IndexScript.VERSION, index.get("version").asInt());
        assertEquals(List.of("article", "excerpt", "commentary", "entity", "source"), kinds());
    }

    @Test
    void holdsEveryArticleExcerptEntityAndSource() {
        Map<Kind, Long> counts = docs.stream().collect(Collectors.groupingBy(SearchDocument::kind, Collectors.counting()));
        assertEquals(dossier.pages(PageKind.ARTICLE).size(), counts.get(Kind.ARTICLE));
        long excerpts = dossier.pages(PageKind.ARTICLE).stream().mapToLong(p -> dossier.citations(p).excerpts().size()).sum();
        // accounts side by side are indexed as excerpts too: those of articles' events and those of entities
        long accounts = dossier.pages().stream().mapToLong(p -> dossier.citations(p).accounts().size()
                + dossier.citations(p).eventAccounts().stream().mapToLong(List::size).sum()).sum();
        assertTrue(accounts > 0, "the shipped dossier has accounts side by side");
        assertEquals(excerpts + accounts, counts.get(Kind.EXCERPT));
        assertTrue(counts.get(Kind.COMMENTARY) > excerpts / 2, "most excerpts have commentary");
        assertEquals(dossier.xref().entities().size(), counts.get(Kind.ENTITY));
        int cited = dossier.citedParagraphs().values().stream().mapToInt(Set::size).sum();
        assertEquals(dossier.sources().size() + cited, counts.get(Kind.SOURCE));
        assertEquals(docs.size(), index.get("docs").size());
        for (SearchDocument doc : docs) {
            assertFalse(doc.url().startsWith("/") || doc.url().contains("://"), "relative to the site root: " + doc.url());
        }
    }

    @Test
    void neverHoldsUncitedOrExcludedSourceText() {
        List<String> texts = new ArrayList<>();
        docs.forEach(d -> {
            texts.add(d.text());
            d.fields().forEach(f -> texts.add(f.text()));
        });
        int checked = 0;
        for (SourceRecord source : dossier.sources()) {
            Set<Integer> cited = dossier.citedParagraphs().getOrDefault(source.id(), Set.of());
            for (Paragraph p : source.paragraphs()) {
                if (!cited.contains(p.number()) && p.text().length() > 60) {
                    checked++;
                    String passage = p.text().substring(0, 60);
                    assertTrue(texts.stream().noneMatch(t -> t.contains(passage)), source.id() + " ¶" + p.number() + " is not cited");
                }
            }
        }
        assertTrue(checked >= 5, "uncited paragraphs checked: " + checked);
    }

    @Test
    void termsAreSortedAndAreExactlyTheIndexedWords() {
        List<String> terms = strings(index.get("terms"));
        assertEquals(new ArrayList<>(new TreeSet<>(terms)), terms, "sorted, no repeats");
        Set<String> words = new TreeSet<>();
        docs.forEach(d -> d.fields().forEach(f -> words.addAll(Tokens.of(f.text()))));
        assertEquals(words, new TreeSet<>(terms));
        assertEquals(terms.size(), index.get("postings").size());
    }

    @Test
    void postingsPointAtTheDocumentsHoldingTheTerm() {
        List<String> terms = strings(index.get("terms"));
        for (int t = 0; t < terms.size(); t++) {
            JsonNode postings = index.get("postings").get(t);
            int doc = 0;
            for (int i = 0; i < postings.size(); i += 2) {
                int gap = postings.get(i).asInt();
                assertTrue(i == 0 ? gap >= 0 : gap > 0, "ascending");
                doc += gap;
                assertTrue(postings.get(i + 1).asInt() > 0);
                String term = terms.get(t);
                assertTrue(docs.get(doc).fields().stream().anyMatch(f -> Tokens.of(f.text()).contains(term)), term + " in doc " + doc);
            }
        }
    }

    @Test
    void titlesWeighMoreThanBodies() {
        List<String> terms = strings(index.get("terms"));
        JsonNode gallium = index.get("postings").get(terms.indexOf("gallium"));
        int doc = 0;
        int entityWeight = 0;
        int bestOther = 0;
        for (int i = 0; i < gallium.size(); i += 2) {
            doc += gallium.get(i).asInt();
            SearchDocument d = docs.get(doc);
            if (d.kind() == Kind.ENTITY && d.title().equals("Gallium")) {
                entityWeight = gallium.get(i + 1).asInt();
            } else if (d.kind() == Kind.ENTITY) {
                bestOther = Math.max(bestOther, gallium.get(i + 1).asInt());
            }
        }
        assertTrue(entityWeight > bestOther, entityWeight + " > " + bestOther);
    }

    private static List<String> kinds() {
        List<String> ids = new ArrayList<>();
        index.get("kinds").forEach(k -> ids.add(k.get(0).asText()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
