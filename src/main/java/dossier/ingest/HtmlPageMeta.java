package dossier.ingest;

import dossier.text.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the metadata a saved page states in its head (Open Graph, article:*, name=author/date,
 * canonical link, html lang), then in its JSON-LD article where the head is silent, and, for the
 * date and as a last resort the title, in the article itself. Each value keeps where it was found, as a sentence ("Meta property og:title.") because
 * it becomes the source record's note; each field not found gets a note.
 */
final class HtmlPageMeta {
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " :: ");
    private static final Pattern URL = Pattern.compile("(?i)(https?:)?//\\S+|www\\.\\S+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

    final Map<String, StatedValue> stated = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    private final Document doc;
    private final Element article;
    private final Optional<JsonLdArticle> jsonLd;

    private HtmlPageMeta(Document doc, Element article) {
        this.doc = doc;
        this.article = article;
        this.jsonLd = JsonLdArticle.of(doc, notes);
    }

    /** The stated metadata of doc, whose article is the given element. */
    static HtmlPageMeta read(Document doc, Element article) {
        HtmlPageMeta meta = new HtmlPageMeta(doc, article);
        meta.publisher(); // first: the title's site suffix is recognised by the site name
        meta.title();
        meta.author();
        meta.date();
        meta.url();
        meta.language();
        return meta;
    }

    private void publisher() {
        meta("og:site_name").or(() -> fromJsonLd(JsonLdArticle::publisher, "publisher")).ifPresentOrElse(
                m -> put("publisher", m.value(), m.where()),
                () -> notes.add("no publisher: the page has no og:site_name meta or JSON-LD publisher"));
    }

    private void title() {
        Optional<Found> og = meta("og:title").or(() -> fromJsonLd(JsonLdArticle::headline, "headline"));
        String docTitle = Whitespace.collapse(doc.title());
        Element h1 = article.selectFirst("h1");
        if (og.isPresent()) {
            put("title", og.get().value(), og.get().where());
        } else if (!docTitle.isEmpty()) {
            String site = stated.containsKey("publisher") ? stated.get("publisher").value() : null;
            for (String separator : TITLE_SEPARATORS) {
                if (site != null && docTitle.endsWith(separator + site) && docTitle.length() > (separator + site).length()) {
                    String suffix = separator + site;
                    put("title", docTitle.substring(0, docTitle.length() - suffix.length()),
                            "the <title> element, without the suffix \"" + suffix + "\"");
                    return;
                }
            }
            put("title", docTitle, "the <title> element");
        } else if (h1 != null && !Whitespace.collapse(h1.text()).isEmpty()) {
            put("title", h1.text(), "the article's h1");
        } else {
            notes.add("no title: the page has no og:title meta, JSON-LD headline, <title> element or h1 in the article");
        }
    }

    private void author() {
        for (String[] source : new String[][] {{"name", "author"}, {"property", "article:author"}}) {
            Set<String> names = new LinkedHashSet<>(); // several authors are several metas
            for (Element m : metas(source[0], source[1])) {
                String value = Whitespace.collapse(m.attr("content"));
                if (URL.matcher(value).matches()) {
                    notes.add("meta " + source[0] + " " + source[1] + " is a link (" + value + "), not a name");
                } else if (!value.isEmpty()) {
                    names.add(value);
                }
            }
            if (!names.isEmpty()) { // name=author and article:author usually repeat each other: the first is enough
                put("author", String.join(", ", names), "meta " + source[0] + " " + source[1]);
                return;
            }
        }
        List<String> names = jsonLd.map(JsonLdArticle::authors).orElse(List.of());
        if (!names.isEmpty()) {
            put("author", String.join(", ", names), jsonLd.get().where("author"));
            return;
        }
        notes.add("no author: the page has no meta name=author or article:author and no JSON-LD author with a name");
    }

    private void date() {
        List<Found> candidates = new ArrayList<>();
        meta("article:published_time").ifPresent(candidates::add);
        meta("date").ifPresent(candidates::add);
        fromJsonLd(JsonLdArticle::datePublished, "datePublished").ifPresent(candidates::add);
        Element time = article.selectFirst("time[datetime]");
        if (time != null) {
            candidates.add(new Found(time.attr("datetime").trim(), "the article's <time datetime>"));
        }
        for (Found found : candidates) {
            Optional<String> iso = IsoDate.of(found.value());
            if (iso.isPresent()) {
                put("date", iso.get(), found.where() + " \"" + found.value() + "\"");
                return;
            }
            notes.add(found.where() + " \"" + found.value() + "\" is not a date");
        }
        notes.add("no date: the page has no article:published_time or date meta, no JSON-LD datePublished and no <time datetime> in the article");
    }

    private void url() {
        String href = doc.select("link[href]").stream()
                .filter(l -> List.of(l.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+")).contains("canonical"))
                .map(l -> l.attr("href").trim()).findFirst().orElse("");
        if (href.matches("(?i)https?://\\S+")) {
            put("url", href, "link rel=canonical");
            return;
        }
        if (!href.isEmpty()) {
            notes.add("link rel=canonical \"" + href + "\" is not an absolute web address");
        }
        meta("og:url").filter(m -> m.value().matches("(?i)https?://\\S+"))
                .or(() -> fromJsonLd(JsonLdArticle::url, "url")).ifPresentOrElse(
                m -> put("url", m.value(), m.where()),
                () -> notes.add("no url: the page has no link rel=canonical, og:url meta or JSON-LD url with a web address"));
    }

    private void language() {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").trim();
        Optional<Found> declared = fromJsonLd(JsonLdArticle::inLanguage, "inLanguage").filter(f -> LANGUAGE.matcher(f.value()).matches());
        if (LANGUAGE.matcher(lang).matches()) {
            put("language", lang, "the html lang attribute");
        } else if (declared.isPresent()) {
            put("language", declared.get().value(), declared.get().where());
        } else {
            notes.add(lang.isEmpty() ? "no language: the <html> element has no lang attribute"
                    : "no language: html lang \"" + lang + "\" is not a language tag");
        }
    }

    private record Found(String value, String where) {
    }

    /** A value of the page's JSON-LD article, with where it was found. */
    private Optional<Found> fromJsonLd(java.util.function.Function<JsonLdArticle, Optional<String>> field, String name) {
        return jsonLd.flatMap(ld -> field.apply(ld).map(value -> new Found(value, ld.where(name))));
    }

    /** A meta's content by property (Open Graph, article:*) or name, whichever the page used. */
    private Optional<Found> meta(String key) {
        for (String attribute : new String[] {"property", "name"}) {
            for (Element m : metas(attribute, key)) {
                String value = Whitespace.collapse(m.attr("content"));
                if (!value.isEmpty()) {
                    return Optional.of(new Found(value, "meta " + attribute + " " + key));
                }
            }
        }
        return Optional.empty();
    }

    /** Metas whose attribute (property or name) is key, compared without case, in page order. */
    private List<Element> metas(String attribute, String key) {
        return doc.select("meta").stream().filter(m -> m.attr(attribute).trim().equalsIgnoreCase(key)).toList();
    }

    /** Records a value; where ("meta property og:title") becomes the record's note, a sentence. */
    private void put(String field, String value, String where) {
        String sentence = Character.toUpperCase(where.charAt(0)) + where.substring(1) + ".";
        stated.put(field, new StatedValue(Whitespace.collapse(value), sentence));
    }
}
