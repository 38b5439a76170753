package dossier.yaml;

import dossier.diag.PositionsInside;
import dossier.diag.Report;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> mix = Arbitraries.of(PIECES).list().ofMaxSize(200).map(pieces -> String.join("", pieces));
        Arbitrary<String> repeated = Combinators.combine(Arbitraries.of(PIECES), Arbitraries.integers().between(1, 2000), mix)
                .as((piece, times, tail) -> piece.repeat(times) + tail);
        return Arbitraries.oneOf(mix, repeated);
    }

    @Property(tries = 800)
    void anyDocumentReadsToNodesOrDiagnostics(@ForAll("documents") String text) {
        Report report = new Report();
        YamlReader.parse(text, "content/x.yml", 0, report);
        assertEquals(List.of(), PositionsInside.outside(report, text));
    }
}
