package dossier.model;

import dossier.diag.Position;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import dossier.source.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * An excerpt proven verbatim against its source.
 *
 * @param quoteParagraphs the quoted text, one entry per paragraph of the quote, as written
 * @param position        where the quote starts on the page
 * @param paragraph       the number of the source paragraph where the quote starts; the quote's
 *                        further paragraphs are the source's next ones
 * @param anchor          a fragment id that depends only on the source and the quoted words
 */
public record ResolvedExcerpt(Page page, List<String> quoteParagraphs, Position position, SourceRecord source,
                              int paragraph, String anchor) {
    public ResolvedExcerpt {
        quoteParagraphs = List.copyOf(quoteParagraphs);
    }

    /** The number of the source paragraph where the quote ends. */
    public int lastParagraph() {
        return paragraph + quoteParagraphs.size() - 1;
    }

    /**
     * One passage per quoted paragraph, in the source's characters. The excerpt is proven, so each
     * is found; should the mapping back to raw offsets fail (see {@link TextSpan}), the passage is
     * the whole paragraph, which still holds the quote.
     */
    public List<QuotedPassage> passages() {
        List<QuotedPassage> passages = new ArrayList<>();
        for (int i = 0; i < quoteParagraphs.size(); i++) {
            Paragraph p = source.paragraph(paragraph + i).orElseThrow();
            TextSpan span = TextSpan.locate(p.text(), quoteParagraphs.get(i)).orElse(new TextSpan(0, p.text().length()));
            passages.add(new QuotedPassage(p, span.start(), span.end()));
        }
        return List.copyOf(passages);
    }
}
