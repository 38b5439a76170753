package dossier.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The persistent cache gives a bake only what this machine's last bake saved: a cache that was
 * copied, replaced, cut short, resealed by hand or put behind a link is not used (the bake is then a
 * cold one), and a save that cannot be made says why.
 */
class BuildCacheTest {
    @TempDir
    Path site;
    @TempDir
    Path outside;

    private Build.Memo bakedMemo() throws IOException {
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=Test\n");
        Files.writeString(site.resolve("content/index.md"), "---\ntitle: \"Home\"\ntype: home\n---\n\nWelcome.\n");
        Build.Memo memo = Build.Memo.forBake();
        new Build(memo).run(new Build.Options(site, null)); // a check: fills the parse memo, writes nothing
        return memo;
    }

    private Path file() {
        return site.resolve(BuildCache.FOLDER).resolve("memo.bin");
    }

    @Test
    void whatIsSavedComesBack() throws IOException {
        Build.Memo memo = bakedMemo();
        assertEquals(Optional.empty(), BuildCache.of(site).save(memo));
        Optional<Build.Memo.State> loaded = BuildCache.of(site).load();
        assertTrue(loaded.isPresent());
        assertEquals(dossier.cache.Digest.of(memo.state()), dossier.cache.Digest.of(loaded.get()), "the same state");
        assertEquals(dossier.cache.Digest.of(memo.state()), dossier.cache.Digest.of(Build.Memo.forBake(loaded.get()).state()), "restored, the same again");
    }

    @Test
    void aCacheThatArrivedAnyOtherWayIsNotUsed() throws IOException {
        assertEquals(Optional.empty(), BuildCache.of(site).save(bakedMemo()));
        Path file = file();
        byte[] bytes = Files.readAllBytes(file);

        Path copy = file.resolveSibling("copy");
        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Optional.empty(), BuildCache.of(site).load(), "a copy (a checkout, an archive restored) is another file");

        assertEquals(Optional.empty(), BuildCache.of(site).save(bakedMemo()));
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Optional.empty(), BuildCache.of(site).load(), "a cache written over is not sealed");

        assertEquals(Optional.empty(), BuildCache.of(site).save(bakedMemo()));
        Files.writeString(file.resolveSibling("seal"), "1 2 3\n");
        assertEquals(Optional.empty(), BuildCache.of(site).load(), "a forged seal");

        assertEquals(Optional.empty(), BuildCache.of(site).save(bakedMemo()));
        Files.delete(file.resolveSibling("seal"));
        assertEquals(Optional.empty(), BuildCache.of(site).load(), "no seal");
    }

    @Test
    void aSealedButDamagedCacheIsNotUsed() throws IOException {
        assertEquals(Optional.empty(), BuildCache.of(site).save(bakedMemo()));
        Path file = file();
        byte[] bytes = Files.readAllBytes(file);
        for (byte[] damaged : List.of(Arrays.copyOf(bytes, bytes.length - 1), "not a cache".getBytes(), new byte[0])) {
            Files.write(file, damaged);
            reseal(file);
            assertEquals(Optional.empty(), BuildCache.of(site).load(), damaged.length + " bytes");
        }
    }

    @Test
    void aCacheFolderBehindALinkIsNeitherReadNorWritten() throws IOException {
        Path elsewhere = outside;
        Files.createDirectories(site.resolve("target"));
        Files.createSymbolicLink(site.resolve(BuildCache.FOLDER), elsewhere);
        Optional<String> refused = BuildCache.of(site).save(bakedMemo());
        assertTrue(refused.isPresent(), "refused");
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing written through the link");
        }
        assertEquals(Optional.empty(), BuildCache.of(site).load());
        Files.delete(site.resolve(BuildCache.FOLDER)); // the link, before the folder is cleaned up
    }

    @Test
    void aTargetFolderThatIsALinkOutOfTheSiteIsNeitherReadNorWritten() throws IOException {
        Files.createSymbolicLink(site.resolve("target"), outside);
        assertTrue(BuildCache.of(site).save(bakedMemo()).isPresent(), "refused");
        try (var files = Files.list(outside)) {
            assertEquals(0, files.count(), "nothing made through the link");
        }
        assertEquals(Optional.empty(), BuildCache.of(site).load());
        Files.delete(site.resolve("target"));
    }

    @Test
    void aLinkPlantedAtTheTemporaryNamesIsNotWrittenThrough() throws IOException {
        Path victim = Files.writeString(outside.resolve("victim"), "outside the site\n");
        Path cache = Files.createDirectories(site.resolve(BuildCache.FOLDER));
        Files.createSymbolicLink(cache.resolve("memo.bin.tmp"), victim);
        Files.createSymbolicLink(cache.resolve("seal.tmp"), victim);
        assertEquals(Optional.empty(), BuildCache.of(site).save(bakedMemo()));
        assertEquals("outside the site\n", Files.readString(victim), "the file outside is untouched");
        assertTrue(BuildCache.of(site).load().isPresent(), "and the cache was saved inside");
    }

    /** Seals the file as it is now, as only the tool's own save does. */
    private static void reseal(Path file) throws IOException {
        var stamp = dossier.text.FileStamp.of(file).orElseThrow();
        Files.writeString(file.resolveSibling("seal"), stamp.inode() + " " + stamp.size() + " " + stamp.modifiedNanos() + "\n");
    }
}
