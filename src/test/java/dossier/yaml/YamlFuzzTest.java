package dossier.yaml;

import dossier.diag.PositionsInside;
import dossier.diag.RandomTexts;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property tests of the YAML path (front matter, records and the manifest share it): any text
 * returns normally, as nodes or diagnostics, never an exception, and every diagnostic lies
 * inside the text. Anchors and aliases are among the pieces, so bombs are tried too.
 */
class YamlFuzzTest {
    private static final List<String> PIECES = List.of("a: ", "b: ", "key: value\n", "- ", "[", "]", "{", "}", ",", ", ", ": ",
            "&x ", "*x", "&y ", "*y", "? ", "!!str ", "!tag ", "|\n", ">\n", "'", "\"", "\\", "#", "\n", "  ", "    ", "\t", "---\n",
            "...\n", "%YAML 1.2\n", "<<: *x\n", "\u0000", "\u0085", "\u2028", "é", "😀", "\uDC00", "0", "9", "1e999999999", "~", "null",
            "lol", "[*x, *x, *x, *x, *x, *x, *x, *x, *x]", "&x [lol, lol, lol]");

    private static final RandomTexts DOCUMENTS = new RandomTexts(PIECES, 200, 2000, "");

    @Test
    void anyDocumentReadsToNodesOrDiagnostics() {
        DOCUMENTS.forEach(800, text -> {
            Report report = new Report();
            YamlReader.parse(text, "content/x.yml", 0, report);
            assertEquals(List.of(), PositionsInside.outside(report, text));
        });
    }
}
