package dossier.model;

import dossier.markdown.ExcerptFact;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import dossier.source.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * An excerpt proven verbatim against its source.
 *
 * @param paragraph the number of the source paragraph where the quote starts
 * @param anchor    a fragment id that depends only on the source and the quoted words
 */
public record ResolvedExcerpt(Page page, ExcerptFact fact, SourceRecord source, int paragraph, String anchor) {

    /**
     * One passage per quoted paragraph, in the source's characters. The excerpt is proven, so each
     * is found; should the mapping back to raw offsets fail (see {@link TextSpan}), the passage is
     * the whole paragraph, which still holds the quote.
     */
    public List<QuotedPassage> passages() {
        List<QuotedPassage> passages = new ArrayList<>();
        List<String> quotes = fact.quoteParagraphs();
        for (int i = 0; i < quotes.size(); i++) {
            Paragraph p = source.paragraph(paragraph + i).orElseThrow();
            TextSpan span = TextSpan.locate(p.text(), quotes.get(i)).orElse(new TextSpan(0, p.text().length()));
            passages.add(new QuotedPassage(p, span.start(), span.end()));
        }
        return List.copyOf(passages);
    }
}
