package dossier.ingest;

/**
 * One block of an article as read from a raw file, before numbering: its kind ("text",
 * "heading", "caption", "standfirst") and its text with white space collapsed.
 */
public record Block(String kind, String text) {
    public static final String TEXT = "text";
    public static final String HEADING = "heading";
    public static final String CAPTION = "caption";
    public static final String STANDFIRST = "standfirst";
    public static final String PROMO = "promo";
    public static final String APPENDED = "appended";
    /** Every kind a paragraph may have: the readers' four and boilerplate's two. */
    public static final java.util.List<String> KINDS = java.util.List.of(TEXT, HEADING, CAPTION, STANDFIRST, PROMO, APPENDED);

    public static Block text(String text) {
        return new Block(TEXT, text);
    }
}
