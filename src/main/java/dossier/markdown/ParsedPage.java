package dossier.markdown;

import java.util.List;
import java.util.Optional;

/**
 * What the model needs of a Markdown page, as data, in document order: its front matter and the
 * facts of its body. The flexmark tree stays with the renderer ({@link PageTrees}).
 *
 * @param fields     the front matter; empty when it could not be read (the error is reported, and
 *                   the body is still checked)
 * @param quotes     words our commentary quotes, with the citations that follow them
 * @param citedKeys  every source key the page cites (excerpts and inline citations), in order of first use
 * @param prose      the editors' words outside excerpts as plain text, blocks separated by blank lines
 * @param commentary per excerpt, by ordinal, the commentary that follows it ("" when none), its
 *                   citations as written ("[@key, ¶7]")
 * @param commentaryText the same as a reader reads it, without the citation keys
 * @param headings   the body's headings, in order, with the ids the renderer gives them
 */
public record ParsedPage(String path, Optional<PageFields> fields,
                         List<ExcerptFact> excerpts, List<CitationFact> citations, List<LinkFact> links,
                         List<WikiLinkFact> wikiLinks, List<QuoteFact> quotes, List<String> citedKeys,
                         String prose, List<String> commentary, List<String> commentaryText,
                         List<HeadingFact> headings) {
    public ParsedPage {
        excerpts = List.copyOf(excerpts);
        citations = List.copyOf(citations);
        links = List.copyOf(links);
        wikiLinks = List.copyOf(wikiLinks);
        quotes = List.copyOf(quotes);
        citedKeys = List.copyOf(citedKeys);
        commentary = List.copyOf(commentary);
        commentaryText = List.copyOf(commentaryText);
        headings = List.copyOf(headings);
    }
}
