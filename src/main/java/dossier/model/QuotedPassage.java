package dossier.model;

import dossier.source.Paragraph;

/**
 * The part of one source paragraph that an excerpt quotes, in the source's own characters (curly
 * quotes, spacing and all): what selectors and text fragments point at.
 *
 * @param start UTF-16 offset in {@code paragraph.text()}, inclusive
 * @param end   UTF-16 offset in {@code paragraph.text()}, exclusive
 */
public record QuotedPassage(Paragraph paragraph, int start, int end) {

    public String exact() {
        return paragraph.text().substring(start, end);
    }

    /** Up to {@code codePoints} characters of the same paragraph before the quote. */
    public String prefix(int codePoints) {
        String text = paragraph.text();
        int from = start;
        for (int i = 0; i < codePoints && from > 0; i++) {
            from = text.offsetByCodePoints(from, -1);
        }
        return text.substring(from, start);
    }

    /** Up to {@code codePoints} characters of the same paragraph after the quote. */
    public String suffix(int codePoints) {
        String text = paragraph.text();
        int to = end;
        for (int i = 0; i < codePoints && to < text.length(); i++) {
            to = text.offsetByCodePoints(to, 1);
        }
        return text.substring(end, to);
    }
}
