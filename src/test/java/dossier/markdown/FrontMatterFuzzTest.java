package dossier.markdown;

import dossier.diag.PositionsInside;
import dossier.diag.RandomTexts;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter from strangers: any fields, values and YAML syntax give diagnostics inside the page, never an exception. */
class FrontMatterFuzzTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final List<String> PIECES = List.of("title: ", "summary: ", "source: ", "tags: ", "events:\n", "figures:\n",
            "  - ", "    ", "date: ", "text: ", "value: ", "value_high: ", "unit: ", "measures: ", "as_of: ", "draft: ",
            "\"[@minimal-source, ¶", "[@minimal-source, ¶1]", "]", "[", "{", "}", "\"", "'", "&a ", "*a", "\n", "2023-04-01", "2023",
            "99999999999", "1e999999999", "0.5", "-7", "é", "\u0000", "true", "null", ": ", ",");

    private static final RandomTexts FRONT_MATTERS = new RandomTexts(PIECES, 120, 1, "");

    @Test
    void anyFrontMatterGivesDiagnosticsOnly() {
        FRONT_MATTERS.forEach(500, yaml -> {
            String text = "---\n" + yaml + "\n---\nBody [@minimal-source, ¶1].\n";
            Report report = new Report();
            MARKDOWN.parse("content/x.md", text, report);
            assertEquals(List.of(), PositionsInside.outside(report, text));
        });
    }
}
