package dossier.markdown;

import dossier.diag.PositionsInside;
import dossier.diag.Report;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter from strangers: any fields, values and YAML syntax give diagnostics inside the page, never an exception. */
class FrontMatterFuzzTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final List<String> PIECES = List.of("title: ", "summary: ", "source: ", "tags: ", "events:\n", "figures:\n",
            "  - ", "    ", "date: ", "text: ", "value: ", "value_high: ", "unit: ", "measures: ", "as_of: ", "draft: ",
            "\"[@minimal-source, ¶", "[@minimal-source, ¶1]", "]", "[", "{", "}", "\"", "'", "&a ", "*a", "\n", "2023-04-01", "2023",
            "99999999999", "1e999999999", "0.5", "-7", "é", "\u0000", "true", "null", ": ", ",");

    @Provide
    Arbitrary<String> frontMatters() {
        return Arbitraries.of(PIECES).list().ofMaxSize(120).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 500)
    void anyFrontMatterGivesDiagnosticsOnly(@ForAll("frontMatters") String yaml) {
        String text = "---\n" + yaml + "\n---\nBody [@minimal-source, ¶1].\n";
        Report report = new Report();
        MARKDOWN.parse("content/x.md", text, report);
        assertEquals(List.of(), PositionsInside.outside(report, text));
    }
}
