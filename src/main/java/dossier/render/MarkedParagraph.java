package dossier.render;

import dossier.source.Paragraph;
import dossier.source.SourceLink;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A source paragraph's text cut where the source's own links and the passages quoted from it begin
 * and end: pieces at the links (each link's words stay one piece, so one element), each piece in
 * spans at the passages. Passages may overlap (two articles quoting nearby words), so a span says
 * which passages cover it rather than nesting marks.
 */
final class MarkedParagraph {
    /**
     * A passage to mark.
     *
     * @param start  UTF-16 offset in the paragraph's text, inclusive
     * @param end    exclusive
     * @param id     the fragment id of the mark, the same wherever the same words are quoted
     * @param number its number among the page's marks (1, 2, …), which picks its style
     */
    record Passage(int start, int end, String id, int number) {
    }

    private MarkedParagraph() {
    }

    /** The paragraph's pieces; its links are numbered from {@code firstLink} (the record's reader has checked each stands where it says). */
    static List<Views.TextPiece> pieces(Paragraph p, int firstLink, List<Passage> passages) {
        List<Views.TextPiece> pieces = new ArrayList<>();
        String text = p.text();
        int from = 0;
        int number = firstLink;
        for (SourceLink link : p.links()) {
            int start = text.offsetByCodePoints(0, Math.min(link.at(), text.codePointCount(0, text.length())));
            int end = start + link.text().length();
            if (start < from || end > text.length() || !text.startsWith(link.text(), start)) {
                number++;
                continue; // overlapping or misplaced: the list still names it
            }
            if (start > from) {
                pieces.add(piece(text, from, start, null, 0, passages));
            }
            pieces.add(piece(text, start, end, "link-" + number, number, passages));
            number++;
            from = end;
        }
        if (from < text.length() || pieces.isEmpty()) {
            pieces.add(piece(text, from, text.length(), null, 0, passages));
        }
        return pieces;
    }

    private static Views.TextPiece piece(String text, int from, int to, String linkAnchor, int linkNumber, List<Passage> passages) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Passage passage : passages) {
            for (int at : new int[] {passage.start(), passage.end()}) {
                if (at > from && at < to) {
                    cuts.add(at);
                }
            }
        }
        List<Views.Span> spans = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
            spans.add(span(text, start, end, passages));
        }
        if (spans.isEmpty()) {
            spans.add(new Views.Span("", null, List.of()));
        }
        return new Views.TextPiece(text.substring(from, to), linkAnchor, linkNumber, List.copyOf(spans));
    }

    /** A stretch no passage begins or ends inside: marked by the passages that cover it, anchored by those that begin at it. */
    private static Views.Span span(String text, int start, int end, List<Passage> passages) {
        List<Passage> covering = passages.stream().filter(q -> q.start() <= start && end <= q.end()).toList();
        List<String> anchors = passages.stream().filter(q -> q.start() == start).map(Passage::id).toList();
        String markClass = null;
        if (!covering.isEmpty()) {
            markClass = "q q-" + ((covering.get(0).number() - 1) % STYLES + 1) + (covering.size() > 1 ? " q-overlap" : "");
        }
        return new Views.Span(text.substring(start, end), markClass, anchors);
    }

    /** Marks cycle through this many styles, so that neighbouring passages look distinct. */
    static final int STYLES = 4;
}
