package dossier.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.build.Build;
import dossier.model.Dossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large index splits into shards by term and parts by document: here the shipped dossier's,
 * with shards of 2 KB and parts of 8 documents, against the same index in one file.
 */
class ShardsTest {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IndexScript.Layout SMALL = new IndexScript.Layout(2048, 8, 0);
    static SortedMap<String, String> whole;
    static SortedMap<String, String> sharded;
    static JsonNode inline;
    static JsonNode manifest;

    @BeforeAll
    static void build() throws Exception {
        Build.Result result = new Build().run(new Build.Options(PROJECT, null));
        assertTrue(result.ok(), result.report().diagnostics().toString());
        Dossier dossier = result.dossier().orElseThrow();
        whole = SearchIndexFile.files(dossier);
        sharded = SearchIndexFile.files(dossier, SMALL);
        inline = json(whole.get(SearchIndexFile.FILE));
        manifest = json(sharded.get(SearchIndexFile.FILE));
    }

    @Test
    void theManifestIsSmallAndNamesEveryShard() {
        assertTrue(manifest.get("parts") == null, "nothing inline");
        int shards = manifest.get("shards").size();
        assertTrue(shards > 10, "shards: " + shards);
        int docs = inline.get("parts").get("d0").size();
        int parts = (docs + 7) / 8;
        int vocabulary = manifest.get("vocab").size();
        assertTrue(vocabulary > 1, "vocabulary parts: " + vocabulary);
        assertEquals(1 + shards + parts + vocabulary, sharded.size(), "the manifest, the shards, the document parts and the vocabulary: "
                + sharded.keySet());
        for (int i = 0; i < vocabulary; i++) {
            assertTrue(sharded.containsKey("search-index/v" + i + ".js"), "v" + i);
        }
        for (int i = 0; i < shards; i++) {
            assertTrue(sharded.containsKey("search-index/t" + i + ".js"), "t" + i);
        }
        for (int i = 0; i < parts; i++) {
            assertTrue(sharded.containsKey("search-index/d" + i + ".js"), "d" + i);
        }
        assertEquals(8, manifest.get("docChunk").asInt());
        assertEquals(inline.get("kindStarts"), manifest.get("kindStarts"));
        assertEquals(inline.get("kinds"), manifest.get("kinds"));
        assertTrue(sharded.get(SearchIndexFile.FILE).length() < 2048, "manifest: " + sharded.get(SearchIndexFile.FILE).length());
        sharded.values().forEach(text -> assertTrue(text.chars().allMatch(c -> c < 0x7f)));
    }

    @Test
    void shardsHoldTheSortedTermsInRunsThatTheirKeysBound() throws Exception {
        List<String> keys = new ArrayList<>();
        manifest.get("shards").forEach(k -> keys.add(k.asText()));
        assertEquals("", keys.get(0));
        List<String> terms = new ArrayList<>();
        List<String> postings = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String file = sharded.get("search-index/t" + i + ".js");
            assertTrue(file.startsWith("DOSSIER_SEARCH_PART(\"t" + i + "\",{") && file.endsWith("});\n"), "a classic script calling the loader");
            JsonNode shard = json(file);
            List<String> own = new ArrayList<>();
            shard.get("terms").forEach(t -> own.add(t.asText()));
            shard.get("postings").forEach(p -> postings.add(p.asText()));
            assertTrue(!own.isEmpty());
            String key = keys.get(i);
            assertTrue(own.get(0).startsWith(key) && own.get(0).compareTo(key) >= 0, key + " starts " + own.get(0));
            if (i > 0) {
                String last = terms.get(terms.size() - 1);
                assertTrue(last.compareTo(key) < 0, "the previous shard's " + last + " sorts before " + key);
                assertTrue(key.length() == 1 || key.substring(0, key.length() - 1).compareTo(last) <= 0, "the shortest key: " + key);
            }
            if (i + 1 < keys.size()) {
                assertTrue(file.length() >= 2048, "a shard is cut once it passes the size: t" + i);
            }
            if (i + 1 < keys.size()) {
                String next = keys.get(i + 1);
                own.forEach(t -> assertTrue(t.compareTo(next) < 0, t + " before the next key " + next));
            }
            terms.addAll(own);
        }
        JsonNode all = inline.get("parts").get("t0");
        List<String> allTerms = new ArrayList<>();
        all.get("terms").forEach(t -> allTerms.add(t.asText()));
        List<String> allPostings = new ArrayList<>();
        all.get("postings").forEach(p -> allPostings.add(p.asText()));
        assertEquals(allTerms, terms, "every term once, in order");
        assertEquals(allPostings, postings, "with the same postings");
    }

    /** The words alone (no postings, no name keys), in parts its keys bound: what the browser corrects a typo against. */
    @Test
    void theVocabularyHoldsEveryWordOnceInPartsItsKeysBound() {
        List<String> keys = new ArrayList<>();
        manifest.get("vocab").forEach(k -> keys.add(k.asText()));
        assertEquals("", keys.get(0));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String file = sharded.get("search-index/v" + i + ".js");
            assertTrue(file.startsWith("DOSSIER_SEARCH_PART(\"v" + i + "\",[") && file.endsWith("]);\n"), "a classic script calling the loader");
            String body = file.substring(file.indexOf(',') + 1, file.lastIndexOf(')'));
            List<String> own = new ArrayList<>();
            try {
                JSON.readTree(body).forEach(t -> own.add(t.asText()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            String key = keys.get(i);
            String next = i + 1 < keys.size() ? keys.get(i + 1) : null;
            own.forEach(w -> {
                assertTrue(w.compareTo(key) >= 0 && (next == null || w.compareTo(next) < 0), w + " within [" + key + ", " + next + ")");
                assertFalse(NameKeys.isKey(w), "no name keys: " + w);
            });
            words.addAll(own);
        }
        List<String> expected = new ArrayList<>();
        inline.get("parts").get("t0").get("terms").forEach(t -> {
            if (!NameKeys.isKey(t.asText())) {
                expected.add(t.asText());
            }
        });
        assertEquals(expected, words, "every word once, in order");
        assertTrue(inline.get("vocab") == null, "a small index has its vocabulary in its one shard");
    }

    @Test
    void documentPartsHoldTheDocumentsInOrder() throws Exception {
        JsonNode all = inline.get("parts").get("d0");
        List<JsonNode> docs = new ArrayList<>();
        for (int i = 0; sharded.containsKey("search-index/d" + i + ".js"); i++) {
            JsonNode part = json(sharded.get("search-index/d" + i + ".js"));
            assertTrue(part.size() == 8 || !sharded.containsKey("search-index/d" + (i + 1) + ".js"), "full but the last");
            part.forEach(docs::add);
        }
        assertEquals(all.size(), docs.size());
        for (int d = 0; d < docs.size(); d++) {
            assertEquals(all.get(d), docs.get(d));
        }
    }

    @Test
    void aKeyIsTheShortestPrefixAfterThePreviousTerm() {
        assertEquals("b", IndexScript.key("azure", "banana"));
        assertEquals("bat", IndexScript.key("bass", "battle"));
        assertEquals("bass", IndexScript.key("bas", "bass"), "a whole term when it is the previous one's extension");
        assertEquals("2", IndexScript.key("1999", "2000"));
    }

    private static JsonNode json(String script) {
        try {
            String body = script.startsWith("DOSSIER_SEARCH_PART(") ? script.substring(script.indexOf(',') + 1, script.lastIndexOf(')'))
                    : script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1);
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
