package dossier.source;

import java.util.List;

/**
 * One numbered block of a source: body text, heading, caption, standfirst, or a block that is
 * kept for the record but excluded from the article (a promo, an appended unrelated story); with
 * the source's own links in it, in order (none for a source without markup).
 */
public record Paragraph(int number, String kind, String text, String excludedReason, List<SourceLink> links) {
    public static final String TEXT = "text";

    public Paragraph {
        links = List.copyOf(links);
    }

    public Paragraph(int number, String kind, String text, String excludedReason) {
        this(number, kind, text, excludedReason, List.of());
    }

    public boolean isExcluded() {
        return excludedReason != null;
    }

    /** The fragment id of this paragraph on its source page. */
    public String anchor() {
        return "p" + number;
    }
}
