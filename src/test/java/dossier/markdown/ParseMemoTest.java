package dossier.markdown;

import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page is parsed again only when its text changed; its diagnostics are reported every time. */
class ParseMemoTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final String PAGE = "---\ntitle: [x\n---\nText [[Somewhere]].\n";

    @Test
    void theSameTextGivesTheRememberedFactsAndDiagnosticsWithoutATree() {
        ParseMemo memo = new ParseMemo();
        Report first = new Report();
        Optional<ParseResult> parsed = memo.parse(MARKDOWN, "content/x.md", PAGE, first);
        assertNotNull(parsed.orElseThrow().tree(), "parsed now: with its tree");
        assertTrue(first.hasErrors(), "front matter that is not YAML is an error");

        Report second = new Report();
        Optional<ParseResult> again = memo.parse(MARKDOWN, "content/x.md", PAGE, second);
        assertNull(again.orElseThrow().tree(), "from the memo: no tree");
        assertEquals(parsed.get().page(), again.get().page());
        assertEquals(first.diagnostics(), second.diagnostics(), "the diagnostics are reported again");
    }

    @Test
    void aChangedTextOrAnotherPathIsParsedAgain() {
        ParseMemo memo = new ParseMemo();
        memo.parse(MARKDOWN, "content/x.md", PAGE, new Report());
        assertNotNull(memo.parse(MARKDOWN, "content/x.md", PAGE + "More.\n", new Report()).orElseThrow().tree());
        assertNotNull(memo.parse(MARKDOWN, "content/y.md", PAGE, new Report()).orElseThrow().tree());
        memo.retain(Set.of("content/y.md"));
        assertNotNull(memo.parse(MARKDOWN, "content/x.md", PAGE + "More.\n", new Report()).orElseThrow().tree(), "forgotten: gone from the site");
        assertNull(memo.parse(MARKDOWN, "content/y.md", PAGE, new Report()).orElseThrow().tree(), "kept");
    }

    @Test
    void aFileWithNoBodyToReadIsRememberedAsSuch() {
        ParseMemo memo = new ParseMemo();
        String unclosed = "---\ntitle: x\n";
        Report first = new Report();
        assertTrue(memo.parse(MARKDOWN, "content/x.md", unclosed, first).isEmpty());
        Report second = new Report();
        assertTrue(memo.parse(MARKDOWN, "content/x.md", unclosed, second).isEmpty());
        assertEquals(first.diagnostics(), second.diagnostics());
        assertTrue(second.hasErrors());
    }
}
