package dossier.text;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitePathsTest {
    private static final Position AT = new Position(5, 9);

    @TempDir
    Path tmp;

    private final Report report = new Report();

    private Path site() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site/content"));
        Files.writeString(site.resolve("a.md"), "page");
        Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("secret.md"), "secret");
        return site.getParent();
    }

    private SitePaths.Resolved resolve(Path site, String relative) {
        return new SitePaths(site).file(relative, "content/r.yml", AT, "archived original", report);
    }

    private List<String> codes() {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void aFileInsideTheSiteIsItsRealPath() throws IOException {
        Path site = site();
        SitePaths.Resolved file = resolve(site, "content/a.md");
        assertEquals(site.resolve("content/a.md").toRealPath(), file.path());
        assertEquals(List.of(), codes());
    }

    @Test
    void aPathClimbingOutIsRefusedAtTheGivenPositionEvenWhenNothingIsThere() throws IOException {
        Path site = site();
        assertFalse(resolve(site, "content/../../outside/secret.md").ok());
        assertFalse(resolve(site, "../no-such-file").ok());
        assertEquals(List.of("outside-site", "outside-site"), codes());
    }

    @Test
    void anAbsolutePathIsRefusedEvenInsideTheSite() throws IOException {
        Path site = site();
        assertFalse(resolve(site, site.resolve("content/a.md").toString()).ok());
        assertEquals(List.of("outside-site"), codes());
        assertEquals(AT, report.diagnostics().get(0).position());
    }

    @Test
    void aLinkLeadingOutIsRefusedAndOneStayingInsideIsFollowed() throws IOException {
        Path site = site();
        Files.createSymbolicLink(site.resolve("content/leak.md"), tmp.resolve("outside/secret.md"));
        Files.createSymbolicLink(site.resolve("content/b.md"), site.resolve("content/a.md"));
        assertFalse(resolve(site, "content/leak.md").ok());
        assertEquals(site.resolve("content/a.md").toRealPath(), resolve(site, "content/b.md").path());
        assertEquals(List.of("outside-site"), codes());
    }

    @Test
    void aMissingFileIsLeftToTheCallerToReport() throws IOException {
        SitePaths.Resolved file = resolve(site(), "content/none.md");
        assertTrue(file.missing());
        assertEquals(List.of(), codes());
    }

    @Test
    void aFolderOrANamedPipeIsNotAFile() throws IOException, InterruptedException {
        Path site = site();
        Files.createDirectories(site.resolve("content/dir"));
        assertFalse(resolve(site, "content/dir").ok());
        Process mkfifo = new ProcessBuilder("mkfifo", site.resolve("content/pipe").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertFalse(resolve(site, "content/pipe").ok()); // returns at once: a pipe is never opened
        assertEquals(List.of("not-a-file", "not-a-file"), codes());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path site = site();
        try (var out = Files.newByteChannel(site.resolve("content/big.md"), java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            out.position(SitePaths.MAX_FILE_BYTES);
            out.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
        }
        assertFalse(resolve(site, "content/big.md").ok());
        assertEquals(List.of("too-large"), codes());
    }

    @Test
    void aDeviceOnTheCommandLineIsNotAFile() {
        SitePaths.Resolved zero = SitePaths.commandLineFile(Path.of("/dev/zero"), "/dev/zero", report);
        assertFalse(zero.ok());
        assertEquals(List.of("not-a-file"), codes());
    }

    @Test
    void aFolderSettingOutsideTheSiteIsRefused() throws IOException {
        Path site = site();
        assertFalse(new SitePaths(site).folder("../outside", "jbake.properties", AT, "asset.folder", report).ok());
        assertTrue(new SitePaths(site).folder("content", "jbake.properties", AT, "content.folder", report).ok());
        assertEquals(List.of("outside-site"), codes());
    }
}
