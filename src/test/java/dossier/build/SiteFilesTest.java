package dossier.build;

import dossier.config.SiteConfig;
import dossier.diag.Diagnostic;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteFilesTest {
    @TempDir
    Path tmp;

    private final Report report = new Report();

    private Path site() throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site.resolve("content/sources"));
        Files.createDirectories(site.resolve("assets/css"));
        Files.writeString(site.resolve("content/a.md"), "a");
        Files.writeString(site.resolve("content/sources/s.yml"), "id: s");
        Files.writeString(site.resolve("assets/css/x.css"), "x");
        Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("secret.md"), "secret");
        return site;
    }

    private SiteFiles discover(Path site) {
        return SiteFiles.discover(site, new SiteFolders("content", Optional.of("assets"), "templates"), report);
    }

    private List<String> problems() {
        return report.diagnostics().stream().map(d -> d.path() + " " + d.code()).toList();
    }

    @Test
    void linksInsideTheSiteCountAsTheirFilesAndLinksOutAreReportedAndLeftOut() throws IOException {
        Path site = site();
        Files.createSymbolicLink(site.resolve("content/b.md"), site.resolve("content/a.md"));
        Files.createSymbolicLink(site.resolve("content/leak.md"), tmp.resolve("outside/secret.md"));
        Files.createSymbolicLink(site.resolve("assets/leak.txt"), tmp.resolve("outside/secret.md"));
        Files.createSymbolicLink(site.resolve("content/more"), tmp.resolve("outside"));
        SiteFiles files = discover(site);
        assertEquals(List.of("content/a.md", "content/b.md"), files.pages());
        assertEquals(List.of("content/sources/s.yml"), files.sourceRecords());
        assertEquals(List.of("css/x.css"), files.assets());
        assertEquals(List.of("assets/leak.txt outside-site", "content/leak.md outside-site", "content/more outside-site"), problems());
    }

    @Test
    void aFileOverTheLimitAndAContentFolderThatIsALinkAreCheckedAsEveryReadIs() throws IOException {
        Path site = site();
        try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(site.resolve("content/big.md").toFile(), "rw")) {
            big.setLength(dossier.text.SitePaths.MAX_FILE_BYTES + 1); // sparse: no 16 MiB written
        }
        assertEquals(List.of("content/a.md"), discover(site).pages());
        assertEquals(List.of("content/big.md too-large"), problems());

        Path linked = tmp.resolve("linked");
        Files.createDirectories(linked);
        Files.createSymbolicLink(linked.resolve("content"), tmp.resolve("outside"));
        assertEquals(List.of(), SiteFiles.discover(linked, new SiteFolders("content", Optional.empty(), "templates"), report).pages());
    }

    @Test
    void aDanglingLinkIsReportedNotSkipped() throws IOException {
        Path site = site();
        Files.createSymbolicLink(site.resolve("content/gone.md"), tmp.resolve("outside/none.md"));
        assertEquals(List.of("content/a.md"), discover(site).pages());
        assertEquals(List.of("content/gone.md file-unreadable"), problems());
    }

    @Test
    void anAssetsFolderSetOutsideTheSiteIsAnErrorAtTheSetting() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("jbake.properties"), "site.title=T\nasset.folder=../outside\n");
        SiteFolders folders = SiteFolders.check(site, SiteConfig.load(site, report), report);
        assertEquals(Optional.empty(), folders.assets());
        Diagnostic d = report.diagnostics().get(0);
        assertEquals("jbake.properties:2:14 outside-site", d.path() + ":" + d.position().line() + ":" + d.position().column() + " " + d.code());
    }
}
