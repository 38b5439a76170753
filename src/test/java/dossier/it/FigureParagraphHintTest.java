package dossier.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure cited to the wrong paragraph: the message names the one that states it, so the fix needs no search. */
class FigureParagraphHintTest {

    @Test
    void theParagraphThatStatesTheValueIsNamed(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        for (String part : new String[]{"content", "templates", "assets", "jbake.properties"}) {
            Sites.copyTree(Sites.PROJECT.resolve(part), site.resolve(part));
        }
        Path page = site.resolve("content/articles/2022-07-chip4-dilemma.md");
        String text = Files.readString(page);
        int figure = text.indexOf("source: \"[@gt-2022-chip4-dilemma, ¶31]\"", text.indexOf("\nfigures:"));
        assertTrue(figure > 0 && figure < text.indexOf("\n---", 4), "a figure in the front matter cites ¶31");
        Files.writeString(page, text.substring(0, figure) + "source: \"[@gt-2022-chip4-dilemma, ¶30]\""
                + text.substring(figure + "source: \"[@gt-2022-chip4-dilemma, ¶31]\"".length()));

        CliRun check = CliRun.run("check", "--site", site.toString());

        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().contains("does not appear in ¶30 of 'gt-2022-chip4-dilemma' [figure-not-in-source]\n"
                + "    it is in ¶31: cite [@gt-2022-chip4-dilemma, ¶31]"), check.err());

        // the JSON's fix, applied as an editor would, is the whole mend: check is clean again
        CliRun json = CliRun.run("check", "--site", site.toString(), "--format", "json");
        List<FixReplacements.Replacement> replacements = new ArrayList<>();
        for (String line : json.out().lines().toList()) {
            JsonNode d = new ObjectMapper().readTree(line);
            if (d.get("code").asText().equals("figure-not-in-source")) {
                d.get("fix").get("replacements").forEach(r -> replacements.add(FixReplacements.Replacement.of(r)));
            }
        }
        assertEquals(1, replacements.size(), json.out());
        assertEquals("¶30", FixReplacements.covered(Files.readString(page), replacements.get(0)));
        Files.writeString(page, FixReplacements.apply(Files.readString(page), replacements));
        assertEquals(text, Files.readString(page));
        assertEquals(0, CliRun.run("check", "--site", site.toString()).exit());
    }
}
