package dossier.markdown;

import dossier.diag.PositionsInside;
import dossier.diag.RandomTexts;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Property tests of the Markdown path: for any body, however it mixes quotes, lists, emphasis,
 * brackets, citations, numbers and unicode, parsing and rendering return normally with
 * diagnostics only, every diagnostic lies inside the text, and the last-resort catch of a stack
 * overflow is never what answers (the limits must come first). Tries are bounded so the run stays short.
 */
class MarkdownFuzzTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final List<String> PIECES = List.of("> ", ">", "- ", "* ", "+ ", "1. ", "*", "**", "_", "__", "-", "[", "]", "(", ")",
            "`", "``", "¶", "@", ";", ",", "[@minimal-source, ¶", "[@minimal-source]", "[[", "]]", "|", "![", "](x.html)",
            "\n", "\n\n", "\n>\n", "  ", "    ", "\t", "a", "word ", "7", "0", "99999999999", "–", "é", "\u00A0", "😀", "\uD800",
            "<div>", "</div>", "&amp;", "&#0;", "\\", "\\[", "---\n", "===\n", "```\n", "~~~", "\"", "\u201C", "para. ", "p. ");

    private static final RandomTexts BODIES = new RandomTexts(PIECES, 300, 3000, "> -*_[]()`¶@;\n0123456789aé\\|!<&#");

    @Test
    void anyBodyParsesAndRendersWithDiagnosticsOnly() {
        BODIES.forEach(600, body -> {
            String text = "---\ntitle: \"x\"\n---\n" + body;
            Report report = new Report();
            ParseResult page = MARKDOWN.parse("content/x.md", text, report).orElseThrow();
            MARKDOWN.render(page.tree(), new AnyLinker());
            assertEquals(List.of(), PositionsInside.outside(report, text));
            assertFalse(report.diagnostics().stream().anyMatch(d -> d.message().contains("too deeply nested to read")),
                    "a limit must stop this before the stack overflows: " + report.diagnostics());
        });
    }

    @Test
    void anyCitationInsideParsesToItems() {
        BODIES.forEach(300, inside -> {
            List<CitationItem> items = CitationGrammar.items(inside);
            assertFalse(items.isEmpty());
            for (CitationItem item : items) {
                if (item.locator() instanceof Locator.Paragraphs p) {
                    assertFalse(p.first() < 1 || p.last() < p.first() || p.last() > CitationGrammar.MAX_PARAGRAPH, item.toString());
                }
            }
        });
    }

    /** Answers any question the renderer asks, as the model would for a page whose references resolve. */
    private static final class AnyLinker implements CitationLinker {
        private final List<String> asked = new ArrayList<>();

        @Override
        public ExcerptLink excerpt(Excerpt excerpt) {
            asked.add("excerpt");
            return new ExcerptLink("x-1", 1, "#ref-1", "A source", "../sources/s.html#p1", 1, null);
        }

        @Override
        public CitationLink citation(int ordinal) {
            return new CitationLink(1, "#ref-1", "../sources/s.html#p1", "¶1");
        }

        @Override
        public String href(String url) {
            return url;
        }

        @Override
        public String wikiLink(WikiLinkRef link) {
            return "../entities/e.html";
        }
    }
}
