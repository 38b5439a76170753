package dossier.render;

import dossier.markdown.CitationLinker;
import dossier.markdown.CitationRef;
import dossier.markdown.Excerpt;
import dossier.markdown.WikiLinkRef;
import dossier.model.Entity;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageCitations;
import dossier.model.ResolvedCitation;
import dossier.model.ResolvedExcerpt;
import dossier.source.SourceRecord;

import java.util.List;

/** Answers the Markdown renderer's questions about one page's citations from the resolved model. */
final class PageLinker implements CitationLinker {
    private final String rootPath;
    private final PageCitations citations;
    private final List<Entity> wikiLinks;
    private final ChicagoNotes notes;

    /**
     * @param wikiLinks the entity each of the page's wiki-links resolved to, by ordinal
     * @param notes     writes each excerpt's "cite this excerpt" note
     */
    PageLinker(Page page, PageCitations citations, List<Entity> wikiLinks, ChicagoNotes notes) {
        this.rootPath = page.rootPath();
        this.citations = citations;
        this.wikiLinks = wikiLinks;
        this.notes = notes;
    }

    @Override
    public String wikiLink(WikiLinkRef link) {
        return rootPath + wikiLinks.get(link.ordinal()).page().uri();
    }

    @Override
    public ExcerptLink excerpt(Excerpt excerpt) {
        ResolvedExcerpt resolved = citations.excerpts().get(excerpt.ordinal());
        SourceRecord source = resolved.source();
        int number = citations.referenceNumber(source);
        String url = source.url().value();
        return new ExcerptLink(resolved.anchor(), number, "#ref-" + number, source.displayTitle(),
                paragraphHref(source, resolved.paragraph()), resolved.paragraph(), url,
                url == null ? null : TextFragment.href(url, resolved.passages()), notes.excerpt(resolved));
    }

    @Override
    public CitationLink citation(CitationRef citation) {
        ResolvedCitation resolved = citations.citations().get(citation.ordinal());
        int number = citations.referenceNumber(resolved.source());
        String paragraphHref = resolved.paragraph() > 0 ? paragraphHref(resolved.source(), resolved.paragraph()) : null;
        return new CitationLink(number, "#ref-" + number, paragraphHref, resolved.paragraph());
    }

    private String paragraphHref(SourceRecord source, int paragraph) {
        return rootPath + Dossier.sourceUri(source) + "#p" + paragraph;
    }
}
