package dossier.search;

import dossier.build.Build;
import dossier.model.Dossier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An index written with a memo, edit after edit, is the index written without one, file by file
 * and byte for byte: the shipped dossier's documents are edited as the model would change them
 * (an article's text, an article added and one removed, an entity renamed, an excerpt added, which
 * shifts the numbers of every document after it), in one file and in small shards and parts.
 */
class SearchMemoTest {
    private static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final IndexScript.Layout SMALL = new IndexScript.Layout(2048, 8, 0);
    static Dossier dossier;
    static List<SearchDocument> shipped;

    @BeforeAll
    static void build() {
        Build.Result result = new Build().run(new Build.Options(PROJECT, null));
        assertTrue(result.ok(), result.report().diagnostics().toString());
        dossier = result.dossier().orElseThrow();
        shipped = SearchDocuments.of(dossier);
    }

    @Test
    void aDossierWrittenTwiceWithTheMemoGivesWhatAWriteWithoutItGives() throws IOException {
        SearchMemo memo = new SearchMemo();
        for (int write = 0; write < 2; write++) {
            SortedMap<String, String> kept = new TreeMap<>();
            SearchIndexFile.write(dossier, SMALL, memo, kept::put);
            assertEquals(SearchIndexFile.files(dossier, SMALL), kept, "write " + write);
        }
        assertEquals(shipped.size(), memo.documentsReused());
        assertTrue(memo.state().quotes().size() > 0, "the quotes' texts are kept");
    }

    @Test
    void everyEditGivesWhatAWriteWithoutTheMemoGives() {
        for (IndexScript.Layout layout : List.of(IndexScript.Layout.DEFAULT, SMALL)) {
            Edits edits = new Edits(layout, new SearchMemo());
            edits.sameAsClean("the first write", shipped);
            assertEquals(0, edits.memo.documentsReused(), "nothing to reuse yet");
            edits.sameAsClean("nothing changed", shipped);
            assertEquals(shipped.size(), edits.memo.documentsReused(), "with nothing changed every document is reused");

            int article = first(Kind.ARTICLE);
            List<SearchDocument> edited = replaced(shipped, article, d -> withBody(d, d.fields().get(2).text() + " Gallium, sentence added."));
            edits.sameAsClean("an article's text edited", edited);
            assertEquals(shipped.size() - 1, edits.memo.documentsReused(), "all but the edited article reused");

            SearchDocument before = edited.get(article);
            String word = onceInBodyOnly(before);
            edited = replaced(edited, article, d -> new SearchDocument(d.kind(), d.title() + " " + word, d.url(), d.context(),
                    replacedField(d.fields(), 0, f -> new SearchDocument.Field(f.text() + " " + word, f.weight(), f.shown()))));
            edits.sameAsClean("a word of an article's body put in its title (the same documents, another weight)", edited);

            SearchDocument added = new SearchDocument(Kind.ARTICLE, "A new article", "articles/new.html", "2026 · a source",
                    List.of(new SearchDocument.Field("A new article", SearchDocument.TITLE, SearchDocument.HIDDEN),
                            new SearchDocument.Field("Words not seen before: zyzzyva quagga.", SearchDocument.BODY, SearchDocument.SHOWN)));
            List<SearchDocument> more = new ArrayList<>(edited);
            more.add(article + 1, added);
            edits.sameAsClean("an article added (every later number shifts)", more);
            assertEquals(edited.size(), edits.memo.documentsReused(), "every old document found again though renumbered");

            List<SearchDocument> fewer = new ArrayList<>(more);
            fewer.remove(article);
            edits.sameAsClean("an article removed", fewer);

            int entity = first(Kind.ENTITY);
            String name = fewer.get(fewer.indexOf(shipped.get(entity))).title();
            List<SearchDocument> renamed = new ArrayList<>();
            for (SearchDocument d : fewer) {
                renamed.add(d.kind() == Kind.ENTITY && d.title().equals(name)
                        ? new SearchDocument(d.kind(), name + " (renamed)", d.url(), d.context(),
                        replacedField(d.fields(), 0, f -> new SearchDocument.Field(f.text() + " renamed", f.weight(), f.shown())))
                        : d);
            }
            edits.sameAsClean("an entity renamed", renamed);

            int excerpt = renamed.indexOf(shipped.get(first(Kind.EXCERPT)));
            List<SearchDocument> quoted = new ArrayList<>(renamed);
            quoted.add(excerpt, withBody(renamed.get(excerpt), "A quote added to the page."));
            edits.sameAsClean("an excerpt added (the numbers of every later kind shift)", quoted);

            edits.sameAsClean("back to the shipped dossier", shipped);

            Edits restored = new Edits(layout, new SearchMemo(edits.memo.state()));
            restored.sameAsClean("a memo restored from its state", edited);
            assertEquals(shipped.size() - 1, restored.memo.documentsReused(), "the restored state is reused");
        }
    }

    @Test
    void theEditsReachTheFiles() {
        // the comparison above proves nothing if the edits left the index as it was
        int article = first(Kind.ARTICLE);
        List<SearchDocument> edited = replaced(shipped, article, d -> withBody(d, d.fields().get(2).text() + " Gallium, sentence added."));
        assertNotEquals(SearchIndexFile.files(shipped, SMALL, null), SearchIndexFile.files(edited, SMALL, null));
    }

    /** A term found once in the document's last field and in no other. */
    private static String onceInBodyOnly(SearchDocument d) {
        List<String> others = new ArrayList<>();
        d.fields().subList(0, d.fields().size() - 1).forEach(f -> others.addAll(Tokens.of(f.text())));
        List<String> body = Tokens.of(d.fields().get(d.fields().size() - 1).text());
        return body.stream().filter(t -> java.util.Collections.frequency(body, t) == 1 && !others.contains(t))
                .findFirst().orElseThrow(() -> new AssertionError("no word found once in " + d.url()));
    }

    /** A memo written to after each edit, each write compared with one without it. */
    private record Edits(IndexScript.Layout layout, SearchMemo memo) {
        void sameAsClean(String what, List<SearchDocument> docs) {
            SortedMap<String, String> clean = SearchIndexFile.files(docs, layout, null);
            SortedMap<String, String> kept = SearchIndexFile.files(docs, layout, memo);
            assertEquals(clean.keySet(), kept.keySet(), what + ": the same files");
            for (String path : clean.keySet()) {
                assertEquals(clean.get(path), kept.get(path), what + ": " + path);
            }
        }
    }

    private static int first(Kind kind) {
        for (int d = 0; d < shipped.size(); d++) {
            if (shipped.get(d).kind() == kind) {
                return d;
            }
        }
        throw new AssertionError("no " + kind + " in the shipped dossier");
    }

    private static List<SearchDocument> replaced(List<SearchDocument> docs, int at, UnaryOperator<SearchDocument> edit) {
        List<SearchDocument> out = new ArrayList<>(docs);
        out.set(at, edit.apply(docs.get(at)));
        return out;
    }

    /** The document with its last field's text replaced. */
    private static SearchDocument withBody(SearchDocument d, String text) {
        int last = d.fields().size() - 1;
        return new SearchDocument(d.kind(), d.title(), d.url(), d.context(),
                replacedField(d.fields(), last, f -> new SearchDocument.Field(text, f.weight(), f.shown())));
    }

    private static List<SearchDocument.Field> replacedField(List<SearchDocument.Field> fields, int at, UnaryOperator<SearchDocument.Field> edit) {
        List<SearchDocument.Field> out = new ArrayList<>(fields);
        out.set(at, edit.apply(fields.get(at)));
        return out;
    }
}
