package dossier.build;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputTargetTest {
    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void aSite() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(site.resolve("content"));
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=T\n");
    }

    private Optional<String> refusal(Path out) {
        return OutputTarget.refusal(site, out, false);
    }

    @Test
    void anAbsentAnEmptyOrAPreviouslyBakedFolderMayBeReplaced() throws IOException {
        assertEquals(Optional.empty(), refusal(site.resolve("target/site")));
        assertEquals(Optional.empty(), refusal(Files.createDirectories(tmp.resolve("empty"))));
        Path previous = Files.createDirectories(tmp.resolve("previous"));
        Files.writeString(previous.resolve("index.html"), "old");
        Files.writeString(previous.resolve(OutputTarget.MARKER), "baked");
        assertEquals(Optional.empty(), refusal(previous));
    }

    @Test
    void theSiteItsInputsAndWhatHoldsThemAreRefused() {
        assertEquals(Optional.of("is the site folder itself"), refusal(site));
        assertEquals(Optional.of("contains the site folder"), refusal(tmp));
        assertTrue(refusal(site.resolve("content")).orElseThrow().startsWith("is the site's content/ folder"));
        assertTrue(refusal(site.resolve("content/new")).orElseThrow().startsWith("is inside the site's content/ folder"));
        assertTrue(refusal(site.resolve("templates")).orElseThrow().startsWith("is the site's templates/ folder"));
        assertTrue(refusal(site.resolve("assets/x")).orElseThrow().startsWith("is inside the site's assets/ folder"), "even before assets/ exists");
        assertTrue(refusal(site.resolve("jbake.properties")).orElseThrow().startsWith("is the site's settings file"));
        assertTrue(refusal(site.resolve(".git")).orElseThrow().startsWith("is the site's .git/ folder"));
    }

    @Test
    void realPathsAreComparedSoALinkIntoTheSiteIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), site.resolve("content"));
        assertEquals(Optional.of("is the site's content/ folder (content after following symbolic links); a bake never writes into its inputs"),
                refusal(link));
        assertTrue(refusal(link.resolve("below")).orElseThrow().startsWith("is inside the site's content/ folder"));
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
        assertTrue(refusal(dangling).orElseThrow().startsWith("is a symbolic link to nothing"));
    }

    @Test
    void aFileOrAPathBelowOneIsRefused() throws IOException {
        Path notes = Files.writeString(site.resolve("notes.txt"), "mine");
        assertEquals(Optional.of("is a file; a bake writes a folder and never replaces a file"), refusal(notes));
        assertEquals(Optional.of("is below notes.txt, which is a file, not a folder"), refusal(notes.resolve("site")));
        assertEquals(Optional.of("is a file; a bake writes a folder and never replaces a file"), OutputTarget.refusal(site, notes, true));
    }

    @Test
    void aFolderThatIsNotAPreviousBakeNeedsForceAndARepositoryIsNeverReplaced() throws IOException {
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(notes.resolve("keep.txt"), "keep");
        assertTrue(refusal(notes).orElseThrow().startsWith("is not empty and is not a previous bake"));
        assertEquals(Optional.empty(), OutputTarget.refusal(site, notes, true));
        Files.createDirectories(notes.resolve(".git"));
        assertTrue(OutputTarget.refusal(site, notes, true).orElseThrow().startsWith("holds a git repository"));
        assertEquals(Optional.of("is inside a git repository's .git folder"), OutputTarget.refusal(site, notes.resolve(".git/x"), true));
        assertEquals(Optional.of("is the site folder itself"), OutputTarget.refusal(site, site, true), "--force never unlocks the site");
    }

    @Test
    void aMarkerThatIsALinkDoesNotMakeAFolderAPreviousBake() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        Files.writeString(folder.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(folder.resolve(OutputTarget.MARKER), site.resolve("jbake.properties"));
        assertTrue(refusal(folder).isPresent());
    }

    /** The offline copy goes inside the output, which is replaced whole: what is beside the output is no concern. */
    @Test
    void aFolderBesideTheOutputAtTheZipsOldPlaceIsNoReasonToRefuse() throws IOException {
        Files.createDirectories(tmp.resolve("dossier-offline.zip"));
        assertEquals(Optional.empty(), refusal(tmp.resolve("out")));
    }

    @Test
    void pathsAreShownRelativeToTheSiteWhenInsideIt() {
        assertEquals("target/site", OutputTarget.shown(site, site.resolve("target/site")));
        assertEquals(".", OutputTarget.shown(site, site));
        assertEquals(tmp.resolve("out").toString(), OutputTarget.shown(site, tmp.resolve("out")));
    }
}
