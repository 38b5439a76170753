package dossier.render;

import dossier.markdown.CitationLinker;
import dossier.markdown.CitationRef;
import dossier.markdown.Excerpt;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageCitations;
import dossier.model.ResolvedCitation;
import dossier.model.ResolvedExcerpt;
import dossier.source.SourceRecord;

/** Answers the Markdown renderer's questions about one page's citations from the resolved model. */
final class PageLinker implements CitationLinker {
    private final String rootPath;
    private final PageCitations citations;

    PageLinker(Page page, PageCitations citations) {
        this.rootPath = page.rootPath();
        this.citations = citations;
    }

    @Override
    public ExcerptLink excerpt(Excerpt excerpt) {
        ResolvedExcerpt resolved = citations.excerpts().get(excerpt.ordinal());
        SourceRecord source = resolved.source();
        int number = citations.referenceNumber(source);
        return new ExcerptLink(resolved.anchor(), number, "#ref-" + number, source.displayTitle(),
                paragraphHref(source, resolved.paragraph()), resolved.paragraph(), source.url().value());
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
