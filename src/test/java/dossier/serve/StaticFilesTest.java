package dossier.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class StaticFilesTest {
    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void site() throws IOException {
        root = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(root.resolve("index.html"), "<p>home</p>");
        Files.createDirectories(root.resolve("css"));
        Files.writeString(root.resolve("css/site.css"), "p{}");
        Files.createDirectories(root.resolve("entities"));
        Files.writeString(root.resolve("entities/index.html"), "<p>entities</p>");
        Files.writeString(tmp.resolve("secret.txt"), "secret");
    }

    private StaticFiles.Resolution resolve(String raw) {
        return StaticFiles.resolve(root, RequestPath.parse(raw).orElseThrow());
    }

    private Path found(String raw) throws IOException {
        return assertInstanceOf(StaticFiles.Found.class, resolve(raw), raw).file();
    }

    @Test
    void filesAndFolderIndexes() throws IOException {
        assertEquals(root.resolve("index.html").toRealPath(), found("/"));
        assertEquals(root.resolve("css/site.css").toRealPath(), found("/css/site.css"));
        assertEquals(root.resolve("entities/index.html").toRealPath(), found("/entities/"));
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksWork() {
        assertEquals("/entities/", assertInstanceOf(StaticFiles.Redirect.class, resolve("/entities")).location());
    }

    @Test
    void missingThingsAreNotFound() {
        assertInstanceOf(StaticFiles.NotFound.class, resolve("/nothing.html"));
        assertInstanceOf(StaticFiles.NotFound.class, resolve("/css/"), "a folder without index.html");
        assertInstanceOf(StaticFiles.NotFound.class, resolve("/index.html/"), "a file asked for as a folder");
        assertInstanceOf(StaticFiles.NotFound.class, resolve("/css/site.css/x"));
    }

    @Test
    void symbolicLinksLeadingOutOfTheFolderAreNotFollowed() throws IOException {
        try {
            Files.createSymbolicLink(root.resolve("leak.txt"), tmp.resolve("secret.txt"));
            Files.createSymbolicLink(root.resolve("up"), tmp);
            Files.createSymbolicLink(root.resolve("css/inside.css"), root.resolve("css/site.css"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        assertInstanceOf(StaticFiles.NotFound.class, resolve("/leak.txt"));
        assertInstanceOf(StaticFiles.NotFound.class, resolve("/up/secret.txt"));
        assertInstanceOf(StaticFiles.NotFound.class, resolve("/up/"));
        assertEquals(root.resolve("css/site.css").toRealPath(), found("/css/inside.css"), "a link within the folder is fine");
    }

    @Test
    void anIndexThatIsALinkOutsideIsNotFound() throws IOException {
        Files.createDirectories(root.resolve("sub"));
        try {
            Files.createSymbolicLink(root.resolve("sub/index.html"), tmp.resolve("secret.txt"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        assertInstanceOf(StaticFiles.NotFound.class, resolve("/sub/"));
    }
}
