package dossier.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** All or nothing: a failure at any step leaves every target as it was, and no temporary file. */
class StagedFilesTest {

    @Test
    void writesEveryFile(@TempDir Path tmp) throws IOException {
        StagedFiles files = new StagedFiles();
        files.add(tmp.resolve("a/one.txt"), bytes("one"));
        files.addNew(tmp.resolve("b/two.txt"), bytes("two"));
        files.commit();
        assertEquals("one", Files.readString(tmp.resolve("a/one.txt")));
        assertEquals("two", Files.readString(tmp.resolve("b/two.txt")));
        assertEquals(List.of("a/one.txt", "b/two.txt"), files(tmp));
    }

    @Test
    void aNewFileThatExistsFailsTheWholeSetBeforeAnythingIsWritten(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("taken.md"), "ours");
        Files.writeString(tmp.resolve("manifest.yml"), "before");
        StagedFiles files = new StagedFiles();
        files.add(tmp.resolve("manifest.yml"), bytes("after"));
        files.addNew(tmp.resolve("taken.md"), bytes("theirs"));
        assertThrows(FileAlreadyExistsException.class, files::commit);
        assertEquals("ours", Files.readString(tmp.resolve("taken.md")));
        assertEquals("before", Files.readString(tmp.resolve("manifest.yml")));
        assertEquals(List.of("manifest.yml", "taken.md"), files(tmp));
    }

    @Test
    void aFileInTheWayOfAFolderWritesNothing(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("sources"), "a file, not a folder");
        StagedFiles files = new StagedFiles();
        files.add(tmp.resolve("first.txt"), bytes("first"));
        files.add(tmp.resolve("sources/record.yml"), bytes("record"));
        IOException e = assertThrows(IOException.class, files::commit);
        assertEquals(tmp.resolve("sources") + " is a file, not a folder", e.getMessage());
        assertFalse(Files.exists(tmp.resolve("first.txt")));
        assertEquals(List.of("sources"), files(tmp));
    }

    @Test
    void aRenameThatFailsPutsBackWhatEarlierOnesReplaced(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("manifest.yml"), "before");
        Files.createDirectories(tmp.resolve("record.yml/in-the-way"));
        StagedFiles files = new StagedFiles();
        files.add(tmp.resolve("manifest.yml"), bytes("after"));
        files.add(tmp.resolve("new.md"), bytes("new"));
        files.add(tmp.resolve("record.yml"), bytes("record")); // a non-empty folder: the rename fails
        assertThrows(IOException.class, files::commit);
        assertEquals("before", Files.readString(tmp.resolve("manifest.yml")));
        assertEquals(List.of("manifest.yml", "record.yml/in-the-way"), filesAndFolders(tmp), "new.md removed, no temporary or backup file left");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> filesAndFolders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).filter(p -> Files.isRegularFile(p) || isEmptyFolder(p))
                    .map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static boolean isEmptyFolder(Path p) {
        try (Stream<Path> list = Files.list(p)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
