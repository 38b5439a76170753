package dossier.markdown;

/**
 * What the HTML renderer needs to know about citations, answered from the model. Set per page on
 * the flexmark document under {@link DossierMarkdownExtension#LINKER}.
 */
public interface CitationLinker {

    ExcerptLink excerpt(Excerpt excerpt);

    /** The page's inline citation with this ordinal (a bracket of several holds consecutive ones). */
    CitationLink citation(int ordinal);

    /**
     * The href to write for a link or image target as the page has it: the same, except where the
     * model reads it differently (a link to a page's Markdown file leads to the page).
     */
    String href(String url);

    /** The relative href of the entity page a wiki-link resolved to. */
    String wikiLink(WikiLinkRef link);

    /**
     * @param id             the excerpt's stable fragment id
     * @param referenceHref  link to the numbered reference at the foot of the page
     * @param paragraphHref  link to the cited paragraph on the source page
     * @param originalUrl    the publisher's address, or null when it is not known
     * @param quoteHref      the publisher's address with a text fragment that highlights the
     *                       quote (#:~:text=…), or null when the address is not known
     * @param citeHtml       a ready citation of the excerpt (escaped HTML), or null for none
     */
    record ExcerptLink(String id, int referenceNumber, String referenceHref, String sourceTitle,
                       String paragraphHref, int paragraph, String originalUrl, String quoteHref, String citeHtml) {

        public ExcerptLink(String id, int referenceNumber, String referenceHref, String sourceTitle,
                           String paragraphHref, int paragraph, String originalUrl) {
            this(id, referenceNumber, referenceHref, sourceTitle, paragraphHref, paragraph, originalUrl, null, null);
        }
    }

    /**
     * @param paragraphHref  null when the citation names no paragraph
     * @param paragraphLabel "¶7" or "¶3–4"; null when it names none
     */
    record CitationLink(int referenceNumber, String referenceHref, String paragraphHref, String paragraphLabel) {
    }

    /** The fragment id of the page's inline citation of this ordinal (counted from 0): "c-1" for the first. */
    static String citationId(int ordinal) {
        return "c-" + (ordinal + 1);
    }
}
