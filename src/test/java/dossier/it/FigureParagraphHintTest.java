package dossier.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
    }
}
