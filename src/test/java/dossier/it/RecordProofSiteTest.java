package dossier.it;

import dossier.build.Build;
import dossier.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proof of source records on whole sites: the shipped dossier, a tampered copy, regenerate's diff, line endings. */
class RecordProofSiteTest {

    @Test
    void theShippedDossierPassesTheProof() {
        Build.Result result = new Build().run(new Build.Options(Sites.PROJECT, null));
        assertTrue(result.timings().stream().anyMatch(t -> t.phase().equals("proof")), "check runs the proof");
        assertEquals(List.of(), result.report().diagnostics());
    }

    @Test
    void aTamperedCopyOfTheShippedDossierFailsAtTheEditedParagraph(@TempDir Path tmp) throws IOException {
        Path site = shippedCopy(tmp);
        Tampered t = tamperFirstRecord(site);
        Build.Result result = new Build().run(new Build.Options(site, null));

        List<Diagnostic> differs = result.report().diagnostics().stream().filter(d -> d.code().equals("record-differs")).toList();
        assertEquals(1, differs.size(), result.report().diagnostics().toString());
        assertEquals(t.record(), differs.get(0).path());
        assertEquals(t.line(), differs.get(0).position().line());
        assertTrue(differs.get(0).message().endsWith(": ¶1 text"), differs.get(0).message());
    }

    @Test
    void dryRunPrintsTheDiffAndWritesNothingThenRegenerateRestoresTheRecord(@TempDir Path tmp) throws IOException {
        Path site = shippedCopy(tmp);
        Tampered t = tamperFirstRecord(site);
        byte[] tampered = Files.readAllBytes(site.resolve(t.record()));
        long records = Sites.files(site.resolve("content/sources")).stream().filter(f -> f.endsWith(".yml")).count();

        CliRun dry = CliRun.run("import", "--site", site.toString(), "--regenerate", "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        String diff = "--- " + t.record() + "\n+++ " + t.record() + "\n@@ -" + (t.line() - 3) + ",7 +" + (t.line() - 3) + ",7 @@\n";
        assertTrue(dry.out().startsWith(diff), dry.out());
        assertTrue(dry.out().contains("\n-    text: \"" + t.edited() + "\n+    text: \"" + t.original() + "\n"), dry.out());
        assertTrue(dry.out().endsWith("1 source record would be regenerated, " + (records - 1) + " unchanged\n"), dry.out());
        assertArrayEquals(tampered, Files.readAllBytes(site.resolve(t.record())), "a dry run writes nothing");

        CliRun run = CliRun.run("import", "--site", site.toString(), "--regenerate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith(diff), run.out());
        assertTrue(run.out().endsWith("1 source record regenerated, " + (records - 1) + " unchanged\n"), run.out());
        assertArrayEquals(Files.readAllBytes(Sites.PROJECT.resolve(t.record())), Files.readAllBytes(site.resolve(t.record())));
        assertEquals(records + " source records unchanged\n",
                CliRun.run("import", "--site", site.toString(), "--regenerate").out(), "nothing left to change");
    }

    @Test
    void anArchiveWhoseLineEndsGitConvertedIsToldApartFromAChangedOne(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("minimal", tmp.resolve("lf"));
        Path archive = site.resolve("content/sources/minimal-source.original.txt");
        String lf = Files.readString(archive, StandardCharsets.UTF_8);
        assertTrue(lf.contains("\n") && !lf.contains("\r"), "the fixture's archive has LF line ends");
        Files.writeString(archive, lf.replace("\n", "\r\n"));
        assertLineEndsConverted(CliRun.run("check", "--site", site.toString()));

        // the other way: an archive received with CRLF, checked out with LF
        Path crlfSite = Sites.fixture("minimal", tmp.resolve("crlf"));
        Path crlfArchive = crlfSite.resolve("content/sources/minimal-source.original.txt");
        Files.writeString(crlfArchive, lf.replace("\n", "\r\n"));
        assertEquals(0, CliRun.run("import", "--site", crlfSite.toString(), "--regenerate").exit());
        assertEquals(0, CliRun.run("check", "--site", crlfSite.toString()).exit(), "the regenerated record names the CRLF archive");
        Files.writeString(crlfArchive, lf);
        assertLineEndsConverted(CliRun.run("check", "--site", crlfSite.toString()));

        Files.writeString(crlfArchive, lf.replace("Monday", "Tuesday"));
        CliRun changed = CliRun.run("check", "--site", crlfSite.toString());
        assertTrue(changed.err().contains("[archive-changed]") && !changed.err().contains("line endings"), changed.err());
    }

    private static void assertLineEndsConverted(CliRun check) {
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().contains("its line endings were converted (CRLF and LF), probably by git [archive-changed]"), check.err());
        assertTrue(check.err().contains("content/sources/*.original.* -text"), check.err());
        assertTrue(check.err().contains("git add --renormalize"), check.err());
        assertTrue(!check.err().contains("[record-differs]"), "a changed archive is not also a differing record");
    }

    /** The first record's ¶1 with its first word doubled: a paragraph the archive does not have. */
    private record Tampered(String record, int line, String original, String edited) {
    }

    private static Tampered tamperFirstRecord(Path site) throws IOException {
        String name = Sites.files(site.resolve("content/sources")).stream().filter(f -> f.endsWith(".yml")).sorted().findFirst().orElseThrow();
        String record = "content/sources/" + name;
        List<String> lines = Files.readAllLines(site.resolve(record), StandardCharsets.UTF_8);
        int index = lines.indexOf("  - n: 1") + 1;
        while (!lines.get(index).startsWith("    text: \"")) {
            index++;
        }
        String original = lines.get(index).substring("    text: \"".length());
        String word = original.substring(0, original.indexOf(' ') + 1);
        String edited = word + original;
        lines.set(index, "    text: \"" + edited);
        Files.writeString(site.resolve(record), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return new Tampered(record, index + 1, original, edited);
    }

    private static Path shippedCopy(Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        for (String part : new String[] {"content", "templates", "assets"}) {
            Sites.copyTree(Sites.PROJECT.resolve(part), site.resolve(part));
        }
        Files.copy(Sites.PROJECT.resolve("jbake.properties"), site.resolve("jbake.properties"));
        return site;
    }
}
