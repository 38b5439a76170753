package dossier.serve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dossier.serve.Changes.Kind.CHANGED;
import static dossier.serve.Changes.Kind.CREATED;
import static dossier.serve.Changes.Kind.DELETED;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChangesTest {

    private static String describe(Changes.Change... changes) {
        return new Changes(List.of(changes), false).describe();
    }

    @Test
    void oneFileIsNamedWithWhatHappenedToIt() {
        assertEquals("content/articles/x.md changed", describe(new Changes.Change("content/articles/x.md", CHANGED)));
        assertEquals("content/new.md was created", describe(new Changes.Change("content/new.md", CREATED)));
        assertEquals("content/old.md was deleted", describe(new Changes.Change("content/old.md", DELETED)));
    }

    @Test
    void severalFilesAreCountedAfterTheFirstByPath() {
        assertEquals("content/a.md and 2 more changed", describe(new Changes.Change("content/c.md", CHANGED),
                new Changes.Change("content/a.md", CHANGED), new Changes.Change("templates/page.ftl", CHANGED)));
        assertEquals("content/guides/first.md and 1 more changed (1 created, 1 deleted)",
                describe(new Changes.Change("content/guides/second.md", CREATED), new Changes.Change("content/guides/first.md", DELETED)));
    }

    @Test
    void lostEventsAndNoFileAreSaidSo() {
        assertEquals("many changes", new Changes(List.of(new Changes.Change("content/a.md", CHANGED)), true).describe());
        assertEquals("a change", Changes.NONE.describe());
    }

    @Test
    void controlCharactersInANameCannotReachTheTerminal() {
        assertEquals("content/a\\u001B[2Jb.md changed", describe(new Changes.Change("content/a\u001b[2Jb.md", CHANGED)));
    }
}
