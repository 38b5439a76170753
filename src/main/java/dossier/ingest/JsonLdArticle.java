package dossier.ingest;

import dossier.text.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org article a saved page describes in its JSON-LD ({@code <script
 * type="application/ld+json">}), as most news sites write it for search engines: headline,
 * datePublished, author, publisher, url and inLanguage. Blocks that are not valid JSON are
 * skipped with a note; the first object typed as an article (NewsArticle, BlogPosting, …), at the
 * top, in an array or in an {@code @graph}, is the one read.
 */
final class JsonLdArticle {
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "Report", "ScholarlyArticle", "TechArticle");
    private static final int MAX_NODES = 10_000; // a walk over one page's JSON-LD, bounded whatever it holds

    private final Map<?, ?> article;
    private final String type;

    private JsonLdArticle(Map<?, ?> article, String type) {
        this.article = article;
        this.type = type;
    }

    /** The page's JSON-LD article; notes say which blocks could not be read. */
    static Optional<JsonLdArticle> of(Document doc, List<String> notes) {
        for (Element script : doc.select("script[type]")) {
            if (!script.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            LenientJson.Result json = LenientJson.parse(script.data());
            if (!json.valid()) {
                notes.add("a JSON-LD block is not valid JSON (" + json.problems().get(0) + "), so it is not read");
                continue;
            }
            Optional<JsonLdArticle> found = find(json.value(), new int[] {0});
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonLdArticle> find(Object node, int[] visited) {
        if (++visited[0] > MAX_NODES) {
            return Optional.empty();
        }
        if (node instanceof Map<?, ?> map) {
            Optional<String> type = articleType(map.get("@type"));
            if (type.isPresent()) {
                return Optional.of(new JsonLdArticle(map, type.get()));
            }
            return find(map.get("@graph"), visited);
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                Optional<JsonLdArticle> found = find(item, visited);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** "NewsArticle", or one of several types; "schema:NewsArticle" and full schema.org IRIs count too. */
    private static Optional<String> articleType(Object type) {
        List<?> types = type instanceof List<?> list ? list : type == null ? List.of() : List.of(type);
        for (Object t : types) {
            if (t instanceof String s) {
                String name = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1).trim();
                if (ARTICLE_TYPES.contains(name)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** Where a value came from, as the record's note says it: "JSON-LD NewsArticle headline". */
    String where(String field) {
        return "JSON-LD " + type + " " + field;
    }

    Optional<String> headline() {
        return text(article.get("headline")).or(() -> text(article.get("name")));
    }

    Optional<String> datePublished() {
        return text(article.get("datePublished"));
    }

    /** Every author's name, in order; organisations count, bare links do not. */
    List<String> authors() {
        Object author = article.get("author");
        Set<String> names = new LinkedHashSet<>();
        for (Object one : author instanceof List<?> list ? list : author == null ? List.of() : List.of(author)) {
            Optional<String> name = one instanceof Map<?, ?> map ? text(map.get("name")) : text(one);
            name.filter(n -> !n.matches("(?i)https?://\\S+")).ifPresent(names::add);
        }
        return new ArrayList<>(names);
    }

    Optional<String> publisher() {
        Object publisher = article.get("publisher");
        return publisher instanceof Map<?, ?> map ? text(map.get("name")) : text(publisher);
    }

    /** url, else mainEntityOfPage (a string or an object with @id), when it is a web address. */
    Optional<String> url() {
        Object page = article.get("mainEntityOfPage");
        return text(article.get("url"))
                .or(() -> page instanceof Map<?, ?> map ? text(map.get("@id")) : text(page))
                .filter(u -> u.matches("(?i)https?://\\S+"));
    }

    Optional<String> inLanguage() {
        return text(article.get("inLanguage"));
    }

    /** A string value, or the first of a list of them; blank is none. */
    private static Optional<String> text(Object value) {
        Object first = value instanceof List<?> list && !list.isEmpty() ? list.get(0) : value;
        if (first instanceof Map<?, ?> map && map.get("@value") instanceof String s) {
            first = s;
        }
        return first instanceof String s && !Whitespace.collapse(s).isEmpty() ? Optional.of(Whitespace.collapse(s)) : Optional.empty();
    }
}
