package dossier.source;

/**
 * One numbered block of a source: body text, heading, caption, standfirst, or a block that is
 * kept for the record but excluded from the article (a promo, an appended unrelated story).
 */
public record Paragraph(int number, String kind, String text, String excludedReason) {
    public static final String TEXT = "text";

    public boolean isExcluded() {
        return excludedReason != null;
    }

    /** The fragment id of this paragraph on its source page. */
    public String anchor() {
        return "p" + number;
    }
}
