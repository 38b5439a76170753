package dossier.ingest;

import dossier.source.SourceLink;

import java.util.List;

/**
 * One block of an article as read from a raw file, before numbering: its kind ("text",
 * "heading", "caption", "standfirst"), its text with white space collapsed, and the links in it
 * (only markup has them).
 */
public record Block(String kind, String text, List<SourceLink> links) {
    public Block {
        links = List.copyOf(links);
    }

    public Block(String kind, String text) {
        this(kind, text, List.of());
    }

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
