package dossier.markdown;

import dossier.diag.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each excerpt is wrapped with its commentary, so the page can set the two side by side. */
class AnnotationTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final String PAGE = """
            ---
            title: x
            ---
            Intro, before any excerpt.

            > First quote.
            > [@s, ¶1]

            The first comment [@s, ¶2].

            - a listed point

            > Second quote, with no commentary of its own.
            > [@s, ¶3]

            > Third quote.
            > [@s, ¶4]

            The third comment.

            ## Next

            After a heading: not commentary.
            """;

    private static final class Linker implements CitationLinker {
        private int excerpts;

        @Override
        public ExcerptLink excerpt(Excerpt excerpt) {
            return new ExcerptLink("x-" + excerpts++, 1, "#ref-1", "S", "../sources/s.html#p1", 1, null);
        }

        @Override
        public CitationLink citation(int ordinal) {
            return new CitationLink(1, "#ref-1", null, null);
        }

        @Override
        public String href(String url) {
            return url;
        }

        @Override
        public String wikiLink(WikiLinkRef link) {
            return "#";
        }
    }

    private static ParseResult parse() {
        Report report = new Report();
        ParseResult page = MARKDOWN.parse("content/articles/a.md", PAGE, report).orElseThrow();
        assertEquals(List.of(), report.diagnostics());
        return page;
    }

    @Test
    void eachExcerptAndTheBlocksAfterItUpToTheNextExcerptOrHeadingFormAnAnnotation() {
        Document doc = Jsoup.parseBodyFragment(MARKDOWN.render(parse().tree(), new Linker()));
        List<Element> annotations = doc.select("body > div.annotation");
        assertEquals(3, annotations.size(), doc.body().html());
        for (Element a : annotations) {
            assertEquals("figure", a.child(0).tagName(), "the excerpt comes first");
        }
        Element first = annotations.get(0).selectFirst("> div.commentary");
        assertEquals(List.of("p", "ul"), first.children().stream().map(Element::tagName).toList());
        assertTrue(first.text().startsWith("The first comment"));
        assertNull(annotations.get(1).selectFirst("> div.commentary"), "an excerpt followed by another has no commentary");
        assertEquals("The third comment.", annotations.get(2).selectFirst("> div.commentary").text());

        assertEquals("Intro, before any excerpt.", doc.selectFirst("body > p").text(), "text before the first excerpt stays outside");
        assertEquals("Next", doc.selectFirst("body > h2").text());
        assertEquals("After a heading: not commentary.", doc.select("body > p").last().text());
    }

    @Test
    void theFactsAndTheCommentaryAreTheSameAsWithoutTheWrapping() {
        ParsedPage page = parse().page();
        assertEquals(List.of("s", "s", "s"), page.excerpts().stream().map(ExcerptFact::key).toList());
        assertEquals(List.of("First quote.", "Second quote, with no commentary of its own.", "Third quote."),
                page.excerpts().stream().map(x -> x.quoteParagraphs().get(0)).toList());
        assertEquals(List.of("The first comment [@s, ¶2].\n\na listed point", "", "The third comment."), page.commentary());
    }

    @Test
    void proseIsTheEditorsWordsWithoutQuotesOrCitationKeys() {
        String prose = parse().page().prose();
        assertEquals("Intro, before any excerpt.\n\nThe first comment.\n\na listed point\n\nThe third comment.\n\nNext\n\n"
                + "After a heading: not commentary.", prose);
    }
}
