package dossier.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dossier.yaml.FieldReader;

import java.util.List;

/**
 * A Markdown page after parsing: its front matter, its flexmark tree (kept for rendering, never
 * re-parsed) and the facts the model needs, in document order.
 *
 * @param quotes    words our commentary quotes, with the citations that follow them
 * @param citedKeys every source key the page cites (excerpts and inline citations), in order of first use
 */
public record ParsedPage(String path, FieldReader frontMatter, Document document,
                         List<ExcerptFact> excerpts, List<CitationFact> citations, List<LinkFact> links,
                         List<WikiLinkFact> wikiLinks, List<QuoteFact> quotes, List<String> citedKeys) {
    public ParsedPage {
        excerpts = List.copyOf(excerpts);
        citations = List.copyOf(citations);
        links = List.copyOf(links);
        wikiLinks = List.copyOf(wikiLinks);
        quotes = List.copyOf(quotes);
        citedKeys = List.copyOf(citedKeys);
    }
}
