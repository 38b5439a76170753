package dossier.markdown;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits on a page body: each reported where it is passed, and the page still parsed (as empty) past it. */
class MarkdownLimitsTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final String FRONT = "---\ntitle: x\n---\n";
    private final Report report = new Report();

    private List<Diagnostic> parse(String body) {
        MARKDOWN.parse("content/x.md", FRONT + body, report).orElseThrow();
        return report.diagnostics();
    }

    private Diagnostic only(String body) {
        List<Diagnostic> found = parse(body);
        assertEquals(1, found.size(), found.toString());
        assertEquals("markdown-limit", found.get(0).code());
        return found.get(0);
    }

    @Test
    void tenThousandNestedQuotesAreRefusedAtTheLevelPastTheLimit() {
        assertEquals(new Position(4, MarkdownProcessor.MAX_NESTING + 1), only(">".repeat(10_000) + " deep\n").position());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        assertTrue(parse(">".repeat(50) + " fifty quotes\n").isEmpty());
    }

    @Test
    void aThousandNestedListsAreRefusedNotOverflowed() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            body.append("  ".repeat(i)).append("- item\n");
        }
        List<Diagnostic> found = parse(body.toString());
        assertTrue(found.stream().allMatch(d -> d.code().equals("markdown-limit")), found.toString());
        assertTrue(found.stream().anyMatch(d -> d.message().contains("block of text")), found.toString());
    }

    @Test
    void emphasisNestedPastTheLimitIsRefused() {
        Diagnostic d = only("*a ".repeat(150) + "b" + " c*".repeat(150) + "\n");
        assertTrue(d.message().contains("nested more than 100"), d.message());
    }

    @Test
    void aLongRunOfStarsIsRefusedAtTheFirstOneTooMany() {
        List<Diagnostic> found = parse("*".repeat(100_000) + "\n");
        assertEquals(new Position(4, BodyLimits.MAX_RUN + 1), found.get(0).position());
    }

    @Test
    void spacesBetweenRuleCharactersCountInTheRun() {
        assertEquals(new Position(4, 2 * BodyLimits.MAX_RUN + 1), only("- ".repeat(300) + "\n").position());
    }

    @Test
    void aRuleOfOrdinaryLengthIsFine() {
        assertTrue(parse("Text.\n\n" + "-".repeat(80) + "\n\n" + "***bold italic***\n").isEmpty());
    }

    @Test
    void openBracketsPastTheLimitAreRefused() {
        assertEquals(new Position(4, BodyLimits.MAX_OPEN_BRACKETS + 1), only("[".repeat(1000) + "\n").position());
    }

    @Test
    void escapedAndClosedBracketsDoNotCount() {
        assertTrue(parse("\\[".repeat(500) + "\n\n" + "[a] ".repeat(500) + "\n").isEmpty());
    }

    @Test
    void aBlankLineEndsTheBracketsOfAParagraph() {
        assertTrue(parse(("[".repeat(60) + "\n\n").repeat(3)).isEmpty());
    }

    @Test
    void aBlockPastTheSizeLimitIsRefusedAtTheCharacterThatPassesIt() {
        assertEquals(new Position(4, BodyLimits.MAX_BLOCK_CHARS + 1), only("a".repeat(BodyLimits.MAX_BLOCK_CHARS + 10) + "\n").position());
    }

    @Test
    void aPageWithTooManyLinesIsRefusedAtTheFirstLineTooMany() {
        assertEquals(new Position(3 + BodyLimits.MAX_LINES + 1, 1), only("a\n\n".repeat(BodyLimits.MAX_LINES)).position());
    }

    @Test
    void aPagePastALimitKeepsItsFieldsAndHasNoFacts() {
        ParseResult page = MARKDOWN.parse("content/x.md", FRONT + "[@s, ¶1]\n\n" + ">".repeat(200) + "\n", report).orElseThrow();
        assertTrue(page.page().fields().isPresent());
        assertTrue(page.page().citations().isEmpty());
    }

    @Test
    void longParagraphsOfEntitiesAndLabelsParseInLinearTime() {
        // flexmark copied the rest of the paragraph for each match: 45,000 characters of these took seconds
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertTrue(parse("&amp;".repeat(9000) + "\n\n" + "[a]".repeat(15_000) + "\n\n" + "<a ".repeat(15_000) + "\n").isEmpty());
        });
    }

    @Test
    void referenceDefinitionsAreStillRead() {
        ParseResult page = MARKDOWN.parse("content/x.md", FRONT + "[r][x]\n\n[x]: ../index.html\n", report).orElseThrow();
        assertEquals(List.of("../index.html"), page.page().links().stream().map(LinkFact::url).toList());
    }

    @Test
    void paragraphNumbersPastTheLimitAreUnreadableNotAnOverflow() {
        Locator.Unreadable huge = assertInstanceOf(Locator.Unreadable.class, CitationGrammar.locator("¶99999999999"));
        assertTrue(huge.message().contains("too large"), huge.message());
        assertInstanceOf(Locator.Unreadable.class, CitationGrammar.locator("¶1–" + "9".repeat(40)));
        assertInstanceOf(Locator.Unreadable.class, CitationGrammar.locator("para. 100001"));
        assertEquals(new Locator.Paragraphs(100_000, 100_000), CitationGrammar.locator("¶100000"));
        assertEquals(new Locator.Paragraphs(2, 2), CitationGrammar.locator("¶0000000000002"));
    }

    @Test
    void aLocatorPaddedWithSpacesIsReadInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            Locator padded = CitationGrammar.items("@s, ¶" + " ".repeat(40_000) + "1").get(0).locator();
            assertEquals(new Locator.Paragraphs(1, 1), padded);
            assertInstanceOf(Locator.Unreadable.class, CitationGrammar.items("@s, para." + " ".repeat(40_000) + "x").get(0).locator());
        });
    }

    @Test
    void aLocatorMayFollowALineBreak() {
        assertEquals(new Locator.Paragraphs(7, 7), CitationGrammar.items("@s,\n¶7\n").get(0).locator());
    }
}
