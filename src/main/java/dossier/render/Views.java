package dossier.render;

import java.util.List;

/**
 * What templates see: plain records built for one page each, never the model or a database
 * (GUIDE §3.7). Fields holding HTML end in {@code Html} and are the only ones printed with ?no_esc.
 */
public final class Views {
    private Views() {
    }

    /** @param nav links relative to the site root; templates prefix them with {@code root} */
    public record Site(String title, String description, String language, List<Link> nav) {
    }

    public record Link(String label, String href) {
    }

    /** A dated value as readers see it; {@code mark} is "inferred"/"supplied" or "" when stated. */
    public record DateView(String display, String iso, String mark, String note) {
    }

    public record Reference(int number, String id, String citationHtml, String sourceHref) {
    }

    public record ArticleItem(String title, String href, String summary, DateView date, String sourceTitle,
                              List<String> tags, int excerptCount) {
    }

    public record Home(String title, String bodyHtml, List<ArticleItem> articles, List<Link> sources,
                       List<Reference> references) {
    }

    public record Article(String title, String summary, DateView date, String sourceTitle, String sourceHref,
                          List<String> tags, String bodyHtml, List<Reference> references) {
    }

    public record Basic(String title, String bodyHtml, List<Reference> references) {
    }

    /** One row of a source's metadata table. */
    public record MetaRow(String label, String value, String href, String provenance, String note) {
    }

    /**
     * @param omittedBefore how many paragraphs before this one are not reproduced (0 for none)
     * @param citedBy       the excerpts that quote this paragraph
     */
    public record ParagraphView(int number, String anchor, String kind, String text, String excludedReason,
                                int omittedBefore, List<Link> citedBy) {
    }

    public record Source(String id, String title, String citationHtml, List<MetaRow> metadata, boolean fullText,
                         List<ParagraphView> paragraphs, int omittedAfter, int paragraphCount,
                         List<ParagraphView> excluded, List<Link> citingPages, String archiveFile, String archiveHref,
                         String sha256, String format) {
    }
}
