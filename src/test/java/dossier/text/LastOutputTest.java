package dossier.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file is reused only from a committed output, for the same name and equal inputs. */
class LastOutputTest {
    @TempDir
    Path tmp;

    @Test
    void reusesOnlyWhatACommittedOutputWroteFromTheSameDigest() throws IOException {
        LastOutput last = new LastOutput();
        Path first = Files.createDirectories(tmp.resolve("first"));
        last.begin();
        assertFalse(last.reuse("a.html", "d1", first.resolve("a.html")), "nothing committed yet");
        Files.writeString(first.resolve("a.html"), "A");
        last.committed(first);

        Path second = Files.createDirectories(tmp.resolve("second"));
        last.begin();
        assertTrue(last.reuse("a.html", "d1", second.resolve("a.html")));
        assertEquals("A", Files.readString(second.resolve("a.html")));
        assertFalse(last.reuse("b.html", "d1", second.resolve("b.html")), "another name");
        assertEquals(1, last.reused());

        Path failed = Files.createDirectories(tmp.resolve("failed"));
        last.begin();
        assertFalse(last.reuse("a.html", "d2", failed.resolve("a.html")), "other inputs");
        // not committed: the next build still reuses from the second output, by its digests
        last.begin();
        assertTrue(last.reuse("a.html", "d1", tmp.resolve("third-a.html")));

        last.forget();
        assertFalse(last.reuse("a.html", "d1", tmp.resolve("fourth-a.html")), "forgotten");
    }

    @Test
    void aFileTheLastOutputLostIsWritten() throws IOException {
        LastOutput last = new LastOutput();
        Path first = Files.createDirectories(tmp.resolve("first"));
        last.begin();
        last.reuse("a.html", "d1", first.resolve("a.html"));
        Files.writeString(first.resolve("a.html"), "A");
        last.committed(first);
        Files.delete(first.resolve("a.html"));
        assertFalse(last.reuse("a.html", "d1", tmp.resolve("again.html")));
    }
}
