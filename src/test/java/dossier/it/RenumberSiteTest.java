package dossier.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code import --regenerate} on a site whose record was derived before a run-in paragraph was
 * split (sites/renumber: ¶2 "…closer than the US market.China has been…" is now ¶2 and ¶3): the dry run
 * shows every rewrite and writes nothing; the run rewrites every citation (commentary, excerpt
 * keys, events, figures, accounts, ranges, several in one bracket, "para. N") to the golden pages in
 * src/test/resources/renumbered/ (-Dgolden.update=true rewrites them); the site then checks clean,
 * and running again changes nothing. The proof is checked here again, independently of the tool:
 * every citation, paired in order with what it was, cites the same words.
 */
class RenumberSiteTest {
    private static final Path GOLDEN = Sites.PROJECT.resolve("src/test/resources/renumbered");
    private static final List<String> PAGES = List.of("content/articles/talks.md", "content/entities/china.md", "content/index.md");
    private static final Pattern CITATION = Pattern.compile("@split-source\\s*,\\s*(?:¶|para\\. )(\\d+)(?:–(\\d+))?");
    private static final Pattern PARAGRAPH = Pattern.compile("  - n: (\\d+)\\n(?:    kind: \\S+\\n)?    text: \"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void aDryRunShowsTheRewritesAndWritesNothing(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("renumber", tmp);
        Map<String, String> before = read(site);
        CliRun run = CliRun.run("import", "--site", site.toString(), "--regenerate", "--dry-run");

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("""
                content/articles/talks.md:12:13: @split-source, ¶2 -> ¶2–3 (¶2 is now ¶2–3; the citation quotes none of its words, so it cites them all)
                content/articles/talks.md:18:13: @split-source, ¶2 -> ¶3 (¶2 was split; "18" is in ¶3)
                content/articles/talks.md:23:13: @split-source, ¶3 -> ¶4
                content/articles/talks.md:30:33: @split-source, ¶2 -> ¶2–3 (¶2 is now ¶2–3; the citation quotes none of its words, so it cites them all)
                content/articles/talks.md:31:44: @split-source, ¶2 -> ¶3 (¶2 was split; "18 consecutive years" is in ¶3)
                content/articles/talks.md:34:3: @split-source, ¶3 -> ¶4
                content/articles/talks.md:36:48: @split-source, ¶2–3 -> ¶2–4
                content/articles/talks.md:36:48: @split-source, ¶4 -> ¶5
                content/articles/talks.md:40:66: @split-source, ¶3 -> ¶4
                content/entities/china.md:7:13: @split-source, ¶2 -> ¶3 (¶2 was split; "China has been the largest trading partner for 18 consecutive years." is in ¶3)
                content/entities/china.md:10:13: @split-source, ¶4 -> ¶5
                content/entities/china.md:14:52: @split-source, ¶2 -> ¶2–3 (¶2 is now ¶2–3; the citation quotes none of its words, so it cites them all)
                content/entities/china.md:15:14: @split-source, ¶3 -> ¶4
                content/entities/china.md:15:60: @split-source, ¶4 -> ¶5
                content/entities/china.md:17:75: ¶3 is not in a citation, so it names no source and is not renumbered: check it by hand
                content/index.md:5:51: @split-source, ¶4 -> ¶5
                content/index.md:4:64: ¶2 is not in a citation, so it names no source and is not renumbered: check it by hand
                content/index.md:5:1: ¶2 is not in a citation, so it names no source and is not renumbered: check it by hand
                15 citations renumbered in 3 pages; all 19 citations of split-source cite the same words as before
                1 source record would be regenerated, 0 unchanged
                """), run.out());
        assertEquals(before, read(site), "a dry run writes nothing");
    }

    @Test
    void regenerateRenumbersEveryCitationProvablyAndIsIdempotent(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("renumber", tmp);
        Map<String, String> before = read(site);
        String oldRecord = Files.readString(site.resolve("content/sources/split-source.yml"));
        CliRun run = CliRun.run("import", "--site", site.toString(), "--regenerate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().endsWith("15 citations renumbered in 3 pages; all 19 citations of split-source cite the same words as before\n"
                + "1 source record regenerated, 0 unchanged\n"
                + "created the editor schemas in content/.schemas/: article.schema.json, entity.schema.json, page.schema.json, "
                + "source-record.schema.json, import-manifest.schema.json\n"), run.out());
        Map<String, String> after = read(site);
        if (Boolean.getBoolean("golden.update")) {
            for (String page : PAGES) {
                Files.createDirectories(GOLDEN.resolve(page).getParent());
                Files.writeString(GOLDEN.resolve(page), after.get(page), StandardCharsets.UTF_8);
            }
        }
        for (String page : PAGES) {
            assertEquals(Files.readString(GOLDEN.resolve(page), StandardCharsets.UTF_8), after.get(page), page);
        }

        // the proof, again: the n-th citation before and after cite the same words
        Map<Integer, String> oldParagraphs = paragraphs(oldRecord);
        Map<Integer, String> newParagraphs = paragraphs(after.get("content/sources/split-source.yml"));
        int proven = 0;
        for (String page : PAGES) {
            List<int[]> was = citations(before.get(page));
            List<int[]> now = citations(after.get(page));
            assertEquals(was.size(), now.size(), page);
            for (int i = 0; i < was.size(); i++) {
                String cited = words(oldParagraphs, was.get(i));
                String citing = words(newParagraphs, now.get(i));
                assertTrue(cited.equals(citing) || (was.get(i)[0] == was.get(i)[1] && now.get(i)[0] == now.get(i)[1] && cited.contains(citing)),
                        page + ": citation " + i + " cited \"" + cited + "\" and now cites \"" + citing + "\"");
                proven++;
            }
        }
        Matcher claimed = Pattern.compile("all (\\d+) citations of split-source cite the same words").matcher(run.out());
        assertTrue(claimed.find(), run.out());
        assertEquals(Integer.parseInt(claimed.group(1)), proven, "every citation the tool proved is proven here too (the whole-source one aside)");

        CliRun check = CliRun.run("check", "--site", site.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue((check.out() + check.err()).contains("No errors or warnings."), "the excerpts, figures and quotes all verify in the"
                + " new numbering: " + check.out() + check.err());

        CliRun again = CliRun.run("import", "--site", site.toString(), "--regenerate");
        assertEquals(0, again.exit(), again.err());
        assertEquals("1 source record unchanged\n", again.out());
        assertEquals(after, read(site), "a second run changes nothing");
    }

    @Test
    void oneCitationThatCannotBeRenumberedStopsEverything(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("renumber", tmp);
        Files.writeString(site.resolve("content/about.md"), """
                ---
                title: "About"
                ---
                > closer than the US market.China has been
                > [@split-source, ¶2]
                """, StandardCharsets.UTF_8);
        Map<String, String> before = read(site);
        CliRun run = CliRun.run("import", "--site", site.toString(), "--regenerate");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/about.md:5:3: error: the excerpt @split-source, ¶2 runs across the place where that"
                + " paragraph is now split (¶2–3) [renumber-split]"), run.err());
        assertEquals(before, read(site), "neither the record nor any page is written");
    }

    @Test
    void aPageAlreadyNumberedForTheNewRecordIsRefusedNotMovedTwice(@TempDir Path tmp) throws IOException {
        Path site = Sites.fixture("renumber", tmp);
        Path talks = site.resolve("content/articles/talks.md");
        // as if this excerpt had been renumbered by hand (or by an earlier run) while the record stayed as it was
        Files.writeString(talks, Files.readString(talks).replace("> In 2021, bilateral trade exceeded $360 billion.\n> [@split-source, ¶3]",
                "> In 2021, bilateral trade exceeded $360 billion.\n> [@split-source, ¶4]"));
        Map<String, String> before = read(site);
        CliRun run = CliRun.run("import", "--site", site.toString(), "--regenerate");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("content/articles/talks.md:34:3: error: the excerpt at @split-source, ¶4 is in ¶4 of the regenerated"
                + " record, not of the record as it was: the page seems to be numbered for the new record already [renumber-unplaced]"), run.err());
        assertEquals(before, read(site), "nothing is written");
    }

    private static Map<String, String> read(Path site) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : Sites.files(site.resolve("content"))) {
            files.put("content/" + file, Files.readString(site.resolve("content").resolve(file), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<Integer, String> paragraphs(String record) {
        Map<Integer, String> paragraphs = new LinkedHashMap<>();
        Matcher m = PARAGRAPH.matcher(record);
        while (m.find()) {
            paragraphs.put(Integer.parseInt(m.group(1)), m.group(2).replace("\\\"", "\""));
        }
        return paragraphs;
    }

    private static List<int[]> citations(String page) {
        List<int[]> found = new ArrayList<>();
        Matcher m = CITATION.matcher(page);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            found.add(new int[] {first, m.group(2) == null ? first : Integer.parseInt(m.group(2))});
        }
        return found;
    }

    /** The cited paragraphs' text, without white space (a split may drop the space at its seam). */
    private static String words(Map<Integer, String> paragraphs, int[] range) {
        StringBuilder text = new StringBuilder();
        for (int n = range[0]; n <= range[1]; n++) {
            text.append(paragraphs.get(n));
        }
        return text.toString().replaceAll("\\s+", "");
    }
}
