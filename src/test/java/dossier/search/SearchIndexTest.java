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
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The index of the shipped dossier: what it holds, what it must never hold, and its shape. The
 * shipped dossier is small enough for one file: the manifest holds every part inline.
 */
class SearchIndexTest {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    static Dossier dossier;
    static SortedMap<String, String> files;
    static String script;
    static JsonNode index;
    /** The inline term shard and document part. */
    static JsonNode shard;
    static JsonNode records;
    static List<SearchDocument> docs;

    @BeforeAll
    static void build() throws Exception {
        Build.Result result = new Build().run(new Build.Options(PROJECT, null));
        assertTrue(result.ok(), result.report().diagnostics().toString());
        dossier = result.dossier().orElseThrow();
        files = SearchIndexFile.files(dossier);
        script = files.get(SearchIndexFile.FILE);
        index = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
        shard = index.get("parts").get("t0");
        records = index.get("parts").get("d0");
        docs = SearchDocuments.of(dossier);
    }

    @Test
    void isOneClassicScriptSettingAGlobalInPlainAscii() {
        assertEquals(Set.of(SearchIndexFile.FILE), files.keySet(), "the shipped dossier's index is one file");
        assertTrue(script.contains("\nwindow.DOSSIER_SEARCH={"), "a classic script, no module syntax");
        assertTrue(script.endsWith("};\n"));
        assertTrue(script.chars().allMatch(c -> c < 0x7f), "every other character escaped");
        assertEquals(IndexScript.VERSION, index.get("version").asInt());
        assertEquals(List.of("article", "excerpt", "commentary", "entity", "source"), kinds());
        assertEquals(List.of(""), strings(index.get("shards")), "one shard, from the first term");
        assertEquals(docs.size(), index.get("docChunk").asInt(), "one document part");
        assertTrue(script.length() < 300_000, "small: " + script.length());
    }

    @Test
    void documentsAreNumberedKindByKindAndStoredOnceWithAShortSnippet() {
        JsonNode starts = index.get("kindStarts");
        assertEquals(Kind.values().length + 1, starts.size());
        assertEquals(0, starts.get(0).asInt());
        assertEquals(docs.size(), starts.get(Kind.values().length).asInt());
        for (int d = 0; d < docs.size(); d++) {
            int kind = docs.get(d).kind().ordinal();
            assertTrue(starts.get(kind).asInt() <= d && d < starts.get(kind + 1).asInt(), "document " + d + " in its kind's range");
            JsonNode r = records.get(d);
            assertEquals(docs.get(d).title(), r.get(0).asText());
            assertEquals(docs.get(d).url(), r.get(1).asText());
            assertEquals(docs.get(d).context(), r.get(2).asText());
            String snippet = r.get(3).asText();
            assertTrue(snippet.length() <= IndexScript.SNIPPET + 2, snippet);
            String text = docs.get(d).text().strip();
            assertTrue(text.startsWith(snippet.replaceFirst(" …$", "")), "the start of the text: " + snippet);
            assertEquals(text.length() > IndexScript.SNIPPET, snippet.endsWith(" …"), "an ellipsis says it was cut: " + snippet);
        }
        assertTrue(docs.stream().anyMatch(d -> d.text().length() > 1000), "long texts are there to cut");
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
        assertEquals(docs.size(), records.size());
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
        List<String> terms = strings(shard.get("terms"));
        assertEquals(new ArrayList<>(new TreeSet<>(terms)), terms, "sorted, no repeats");
        Set<String> words = new TreeSet<>();
        docs.forEach(d -> d.fields().forEach(f -> words.addAll(Tokens.of(f.text()))));
        docs.forEach(d -> words.addAll(NameKeys.of(d.names())));
        assertEquals(words, new TreeSet<>(terms));
        assertEquals(terms.size(), shard.get("postings").size());
    }

    @Test
    void postingsPointAtTheDocumentsHoldingTheTermWithTheirWeights() {
        List<String> terms = strings(shard.get("terms"));
        long postings = 0;
        for (int t = 0; t < terms.size(); t++) {
            int[][] decoded = Postings.decode(shard.get("postings").get(t).asText());
            int previous = -1;
            String term = terms.get(t);
            assertTrue(decoded[0].length > 0, term);
            for (int i = 0; i < decoded[0].length; i++) {
                int doc = decoded[0][i];
                assertTrue(doc > previous, "ascending");
                previous = doc;
                assertEquals(expectedWeight(docs.get(doc), term), decoded[1][i], term + " in doc " + doc);
                postings++;
            }
            long holding = docs.stream().filter(d -> d.fields().stream().anyMatch(f -> Tokens.of(f.text()).contains(term))
                    || NameKeys.of(d.names()).contains(term)).count();
            assertEquals(holding, decoded[0].length, "every document holding " + term);
        }
        assertTrue(postings > terms.size());
    }

    /** A field's repeats count up to 3, times its weight; summed over fields, at most 99. */
    private static int expectedWeight(SearchDocument doc, String term) {
        if (NameKeys.isKey(term)) {
            return InvertedIndex.NAME_WEIGHT;
        }
        int w = 0;
        for (SearchDocument.Field f : doc.fields()) {
            long n = Tokens.of(f.text()).stream().filter(term::equals).count();
            w += f.weight() * (int) Math.min(n, InvertedIndex.MAX_REPEATS);
        }
        return Math.min(w, InvertedIndex.MAX_WEIGHT);
    }

    @Test
    void entitiesAreFoundByTheirWholeNamesAndAliasesWithTheirWordsJoined() {
        List<String> terms = strings(shard.get("terms"));
        for (String[] named : new String[][] {{"=whitelist", "White list"}, {"=chip4", "Chip 4"}, {"=chip4alliance", "Chip 4"},
                {"=yoon", "Yoon Suk-yeol"}, {"=yoonsukyeol", "Yoon Suk-yeol"}, {"=presidentyoon", "Yoon Suk-yeol"}, {"=gallium", "Gallium"}}) {
            int t = terms.indexOf(named[0]);
            assertTrue(t >= 0, named[0] + " is a term");
            int[][] postings = Postings.decode(shard.get("postings").get(t).asText());
            List<String> holders = new ArrayList<>();
            for (int doc : postings[0]) {
                holders.add(docs.get(doc).kind() + " " + docs.get(doc).title());
            }
            assertEquals(List.of("ENTITY " + named[1]), holders, named[0]);
        }
        assertTrue(terms.stream().filter(NameKeys::isKey).allMatch(k -> k.length() > 1 && k.substring(1).chars().allMatch(Character::isLetterOrDigit)),
                "a key is the mark and a name's words joined");
    }

    /** The browser tells a match in a title by its weight: every title match weighs at least TITLE, no other match as much. */
    @Test
    void aMatchInATitleIsToldByItsWeight() {
        List<String> terms = strings(shard.get("terms"));
        int titles = 0;
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            if (NameKeys.isKey(term)) {
                continue;
            }
            int[][] decoded = Postings.decode(shard.get("postings").get(t).asText());
            for (int i = 0; i < decoded[0].length; i++) {
                SearchDocument d = docs.get(decoded[0][i]);
                boolean inTitle = d.fields().stream().anyMatch(f -> f.weight() == SearchDocument.TITLE && Tokens.of(f.text()).contains(term));
                titles += inTitle ? 1 : 0;
                assertEquals(inTitle, decoded[1][i] >= SearchDocument.TITLE, term + " in " + d.title() + ": weight " + decoded[1][i]);
            }
        }
        assertTrue(titles > 100, "title matches: " + titles);
    }

    @Test
    void titlesWeighMoreThanBodies() {
        List<String> terms = strings(shard.get("terms"));
        int[][] gallium = Postings.decode(shard.get("postings").get(terms.indexOf("gallium")).asText());
        int entityWeight = 0;
        int bestOther = 0;
        for (int i = 0; i < gallium[0].length; i++) {
            SearchDocument d = docs.get(gallium[0][i]);
            if (d.kind() == Kind.ENTITY && d.title().equals("Gallium")) {
                entityWeight = gallium[1][i];
            } else if (d.kind() == Kind.ENTITY) {
                bestOther = Math.max(bestOther, gallium[1][i]);
            }
        }
        assertTrue(entityWeight > bestOther, entityWeight + " > " + bestOther);
    }

    @Test
    void theSameDossierGivesTheSameBytes() {
        Build.Result again = new Build().run(new Build.Options(PROJECT, null));
        assertTrue(again.ok());
        assertEquals(files, SearchIndexFile.files(again.dossier().orElseThrow()), "a second build, the same index");
        IndexScript.Layout small = new IndexScript.Layout(2048, 8, 0);
        assertEquals(SearchIndexFile.files(dossier, small), SearchIndexFile.files(again.dossier().orElseThrow(), small),
                "sharded too");
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
