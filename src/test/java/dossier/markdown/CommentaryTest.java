package dossier.markdown;

import dossier.diag.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The commentary after each excerpt: up to the next excerpt or heading, as plain text. */
class CommentaryTest {

    @Test
    void commentaryRunsToTheNextExcerptOrHeadingAndKeepsCitations() {
        Report report = new Report();
        ParsedPage page = new MarkdownProcessor().parse("content/articles/a.md", """
                ---
                title: x
                ---
                Intro, not commentary.

                > First quote.
                > [@s, ¶1]

                The *first* comment, on [[Seoul|the capital]] [@s, ¶2].

                - a listed point
                - another

                > Second quote.
                > [@s, ¶3]

                > Third quote.
                > [@s]

                ## Next

                After a heading: not commentary on the third excerpt.
                """, report).orElseThrow().page();
        assertEquals(List.of(), report.diagnostics());
        assertEquals(List.of("The first comment, on the capital [@s, ¶2].\n\na listed point\n\nanother", "", ""), page.commentary());
    }
}
