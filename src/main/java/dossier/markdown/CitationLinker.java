package dossier.markdown;

/**
 * What the HTML renderer needs to know about citations, answered from the model. Set per page on
 * the flexmark document under {@link DossierMarkdownExtension#LINKER}.
 */
public interface CitationLinker {

    ExcerptLink excerpt(Excerpt excerpt);

    CitationLink citation(CitationRef citation);

    /** The relative href of the entity page a wiki-link resolved to. */
    String wikiLink(WikiLinkRef link);

    /**
     * @param id             the excerpt's stable fragment id
     * @param referenceHref  link to the numbered reference at the foot of the page
     * @param paragraphHref  link to the cited paragraph on the source page
     * @param originalUrl    the publisher's address, or null when it is not known
     */
    record ExcerptLink(String id, int referenceNumber, String referenceHref, String sourceTitle,
                       String paragraphHref, int paragraph, String originalUrl) {
    }

    /** @param paragraphHref null when the citation names no paragraph */
    record CitationLink(int referenceNumber, String referenceHref, String paragraphHref, int paragraph) {
    }
}
