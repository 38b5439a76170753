package dossier.publish;

import dossier.build.Build;
import dossier.config.SiteConfig;
import dossier.diag.Report;
import dossier.model.Dossier;
import dossier.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports written with a {@link PublishMemo} are those written without one, byte for byte,
 * after each kind of edit an annotation depends on (a commentary, a quoted paragraph, a paragraph
 * before it, a source's address, the settings, a page removed); and a page's annotations are
 * made again only when one of those changed (the counts are derived from the model). The memo's
 * state is plain data (the persistent memo's codec) and a memo restored from it reuses as well.
 */
class PublishMemoTest {
    private static final Path PROJECT = dossier.it.Sites.PROJECT;
    private static final String ARTICLE = "content/articles/2023-09-gallium-talks.md";
    private static final String RECORD = "content/sources/koreapro-2023-gallium-talks.yml";

    @TempDir
    Path tmp;
    private Path site;
    private PublishMemo memo = new PublishMemo();
    private int generation;

    @Test
    void everyEditGivesWhatAWriteWithoutTheMemoGives() throws IOException {
        site = tmp.resolve("dossier");
        for (String part : List.of("content", "templates", "assets", "jbake.properties")) {
            dossier.it.Sites.copyTree(PROJECT.resolve(part), site.resolve(part));
        }
        Dossier first = sameAsClean("the first write");
        assertEquals(0, memo.reused(), "nothing to reuse yet");
        assertTrue(annotated(first).size() > 2, "the test needs several pages with excerpts");

        Dossier again = sameAsClean("nothing changed");
        assertEquals(annotated(again).size(), memo.reused(), "every page is reused");

        edit(ARTICLE, text -> text.replaceFirst("(?m)^> \\[@koreapro-2023-gallium-talks, ¶1\\]\n\n", "$0A commentary added by the test. "));
        assertEquals(annotated(sameAsClean("a commentary edited")).size() - 1, memo.reused(), "only the edited page is made again");

        edit(RECORD, text -> text.replace("China accounts for 80% of the world’s gallium", "China accounts for 80%  of the world’s gallium"));
        assertEquals(annotated(sameAsClean("a quoted paragraph edited (the quote's place in it)")).size() - citing(again, "koreapro-2023-gallium-talks"),
                memo.reused(), "the pages quoting the source are made again");

        // ¶3 is quoted nowhere, ¶4 and ¶5 are: their words are the same, their places in the record's text are not
        edit(RECORD, text -> text.replace("text: \"Why It Matters\"", "text: \"Why It Matters Now\""));
        sameAsClean("a paragraph edited before quoted ones (the offsets after it)");

        edit(RECORD, text -> text.replace("https://koreapro.org/2023/09/", "https://koreapro.org/2023/9/"));
        sameAsClean("a source's address edited");

        edit("jbake.properties", text -> text.replace("site.language=en", "site.language=en-GB"));
        sameAsClean("the language edited");
        assertEquals(0, memo.reused(), "a new language: every page is made again");

        edit("jbake.properties", text -> text.replace("#site.baseurl=", "site.baseurl="));
        sameAsClean("a base URL given (every address absolute)");

        Files.delete(site.resolve(ARTICLE));
        sameAsClean("an article deleted");
        assertEquals(Set.copyOf(annotated(sameAsClean("once more")).stream().map(Page::path).toList()), memo.state().pages().keySet(),
                "only the pages written last are kept");

        PublishMemo restored = new PublishMemo(memo.state());
        memo = restored;
        Dossier afterRestore = sameAsClean("a memo restored from its state");
        assertEquals(annotated(afterRestore).size(), restored.reused(), "a restored memo reuses as the memo did");
        assertPlainData(memo.state(), "state");
    }

    /** Builds the model, writes the exports with the memo and without it, and compares them. */
    private Dossier sameAsClean(String step) throws IOException {
        generation++;
        Build.Result result = new Build().run(new Build.Options(site, null));
        Dossier dossier = result.dossier().orElseThrow();
        Report report = new Report();
        SiteConfig config = SiteConfig.load(site, report);
        Path withMemo = Files.createDirectories(tmp.resolve("memo-" + generation));
        Path clean = Files.createDirectories(tmp.resolve("clean-" + generation));
        new Publisher(config, report, Optional.of(memo)).publish(dossier, withMemo);
        new Publisher(config, report).publish(dossier, clean);
        assertTrue(report.diagnostics().isEmpty(), step + ": " + report.diagnostics());
        assertTrue(annotated(dossier).size() > 0, step + ": the test needs annotations");
        try (Stream<Path> files = Files.list(clean)) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(withMemo.resolve(file.getFileName())), step + ": " + file.getFileName());
            }
        }
        return dossier;
    }

    /** The pages with at least one proven excerpt: those with annotations. */
    private static List<Page> annotated(Dossier dossier) {
        return dossier.pages().stream().filter(p -> !dossier.citations(p).provenExcerpts().isEmpty()).toList();
    }

    /** How many pages with annotations quote the source. */
    private static int citing(Dossier dossier, String source) {
        return (int) annotated(dossier).stream()
                .filter(p -> dossier.citations(p).provenExcerpts().stream().anyMatch(e -> e.source().id().equals(source))).count();
    }

    private void edit(String file, UnaryOperator<String> change) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        String changed = change.apply(text);
        assertTrue(!changed.equals(text), "the edit of " + file + " changes it");
        Files.writeString(path, changed);
    }

    /** Only what the persistent memo's codec encodes: records of ours, strings, boxed numbers, lists, sets, maps, byte[], int[]. */
    private static void assertPlainData(Object value, String where) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
                || value instanceof Character || value instanceof Double || value instanceof byte[] || value instanceof int[]) {
            return;
        }
        if (value instanceof List<?> list) {
            list.forEach(item -> assertPlainData(item, where + "[]"));
        } else if (value instanceof Set<?> set) {
            set.forEach(item -> assertPlainData(item, where + "{}"));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertPlainData(k, where + " key");
                assertPlainData(v, where + "." + k);
            });
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> assertPlainData(v, where + "?"));
        } else if (value instanceof Enum<?> && value.getClass().getPackageName().startsWith("dossier")) {
            return;
        } else if (value instanceof Record record && record.getClass().getPackageName().startsWith("dossier")) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    assertPlainData(component.getAccessor().invoke(record), where + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        } else {
            throw new AssertionError(where + " is a " + value.getClass().getName() + ", which the codec cannot encode");
        }
    }
}
