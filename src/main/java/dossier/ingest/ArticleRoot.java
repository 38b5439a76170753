package dossier.ingest;

import dossier.text.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the element that holds a saved page's article: the {@code <article>} with the most text
 * (teaser cards in a related-stories list are articles too), else the {@code articleBody}
 * microdata element, else {@code <main>}, else the element whose own paragraphs hold the most
 * text, else the body. Candidates inside page furniture ({@link NonArticle}) are never chosen,
 * and text is measured as {@link HtmlBlocks} reads it, so scripts and share bars weigh nothing.
 */
final class ArticleRoot {

    /** The element, and how it was chosen ("article", "articleBody", "main", "paragraphs", "body"). */
    record Choice(Element element, String how) {
    }

    private ArticleRoot() {
    }

    static Choice of(Document doc) {
        Element body = doc.body();
        for (String[] rule : new String[][] {{"article", "article"}, {"[itemprop=articleBody]", "articleBody"},
                {"main, [role=main]", "main"}}) {
            Optional<Element> best = largest(doc.select(rule[0]), body);
            if (best.isPresent()) {
                return new Choice(best.get(), rule[1]);
            }
        }
        return mostParagraphText(body).map(e -> new Choice(e, "paragraphs")).orElse(new Choice(body, "body"));
    }

    private static Optional<Element> largest(List<Element> candidates, Element body) {
        return candidates.stream()
                .filter(e -> !NonArticle.insideDropped(e, body))
                .map(e -> Map.entry(e, textLength(e)))
                .filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    private static int textLength(Element e) {
        return HtmlBlocks.from(e).stream().mapToInt(b -> b.text().length()).sum();
    }

    /** The parent of the most paragraph text, counting only paragraphs outside page furniture. */
    private static Optional<Element> mostParagraphText(Element body) {
        Map<Element, Integer> byParent = new LinkedHashMap<>(); // jsoup elements compare by identity; page order breaks ties
        for (Element p : body.select("p")) {
            if (p.parent() != null && !NonArticle.insideDropped(p, body)) {
                byParent.merge(p.parent(), Whitespace.collapse(p.text()).length(), Integer::sum);
            }
        }
        return byParent.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
