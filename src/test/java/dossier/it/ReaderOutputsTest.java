package dossier.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.build.Build;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageKind;
import dossier.model.ResolvedExcerpt;
import dossier.source.MatchText;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.Reader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outputs for readers' tools, on the shipped dossier (no base URL): the Atom feed, page
 * metadata (OpenGraph, Highwire, COinS), the bibliography in three formats read back with real
 * parsers, the Web Annotation collection, text-fragment links and "cite this" blocks.
 */
class ReaderOutputsTest {
    private static final String GT = "gt-2022-chip4-dilemma";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path out;
    static Dossier dossier;
    static SiteLinks site;

    @BeforeAll
    static void bake() {
        out = tmp.resolve("site");
        Build.Result result = new Build().run(new Build.Options(Sites.PROJECT, out));
        assertTrue(result.ok(), result.report().diagnostics().toString());
        dossier = result.dossier().orElseThrow();
        site = new SiteLinks(out);
    }

    private static SourceRecord source(String id) {
        return dossier.source(id).orElseThrow();
    }

    private static Page article(String sourceId) {
        return dossier.pages(PageKind.ARTICLE).stream().filter(p -> p.sourceId().equals(sourceId)).findFirst().orElseThrow();
    }

    // ---- feed ----

    @Test
    void theFeedIsAtomWithTheFiveArticlesNewestFirst() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        assertEquals(atom, feed.getDocumentElement().getNamespaceURI());
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        int articles = dossier.pages(PageKind.ARTICLE).size();
        int corrections = dossier.xref().corrections().size();
        assertEquals(articles + corrections, entries.getLength(), "an entry per article and per logged correction");
        List<String> updated = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            String id = text(entry, atom, "id");
            assertTrue(id.matches("tag:[a-z0-9.-]+,\\d{4}:articles/[a-z0-9-]+\\.html"), "an absolute tag: id, " + id);
            String href = ((org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href");
            assertTrue(Files.isRegularFile(out.resolve(href)), "the entry links to its page: " + href);
            assertEquals(site.page(href).selectFirst("h1").text(), text(entry, atom, "title"));
            assertFalse(text(entry, atom, "summary").isBlank());
            updated.add(text(entry, atom, "updated"));
        }
        assertEquals(List.of("2026-02-05T00:00:00Z", "2023-09-01T00:00:00Z", "2023-05-01T00:00:00Z",
                "2023-04-25T00:00:00Z", "2022-07-22T00:00:00Z"), updated, "newest first; partial dates at their start");
        org.w3c.dom.Element root = feed.getDocumentElement();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            all.add(text((org.w3c.dom.Element) entries.item(i), atom, "updated"));
        }
        assertEquals(all.stream().max(String::compareTo).orElseThrow(), directChild(root, atom, "updated"),
                "the feed is as new as its newest entry, article or correction");
        for (int i = articles; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            assertTrue(text(entry, atom, "title").startsWith("Correction: "), text(entry, atom, "title"));
            assertTrue(text(entry, atom, "id").matches("tag:[a-z0-9.-]+,\\d{4}:corrections\\.html#c-[0-9a-f]{10}"), text(entry, atom, "id"));
        }
        assertTrue(directChild(root, atom, "id").startsWith("tag:"));
        assertFalse(Files.readString(out.resolve("feed.xml")).contains("rel=\"self\""), "no relative self link");
    }

    private static String text(org.w3c.dom.Element parent, String ns, String name) {
        return parent.getElementsByTagNameNS(ns, name).item(0).getTextContent();
    }

    private static String directChild(org.w3c.dom.Element parent, String ns, String name) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && name.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    // ---- page metadata ----

    @Test
    void everyPageLinksTheFeedAndHasOpenGraphButNoCanonicalWithoutABaseUrl() {
        assertFalse(Files.exists(out.resolve("sitemap.xml")), "no sitemap without a base URL");
        for (var entry : site.pages().entrySet()) {
            String file = entry.getKey();
            Document doc = entry.getValue();
            Element feed = doc.selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertNotNull(feed, file);
            assertEquals("feed.xml", URI.create("site:/" + file).resolve(feed.attr("href")).getPath().substring(1), file);
            assertTrue(doc.select("link[rel=canonical], meta[property=og:url]").isEmpty(), file);
            assertEquals(doc.title().replaceFirst(" — .*$", ""), meta(doc, "property", "og:title"), file);
            assertEquals(file.startsWith("articles/") ? "article" : "website", meta(doc, "property", "og:type"), file);
            assertEquals("South Korea between the US, China and Japan", meta(doc, "property", "og:site_name"), file);
            assertFalse(meta(doc, "property", "og:description").isBlank(), file);
        }
    }

    private static String meta(Document doc, String attribute, String name) {
        Element meta = doc.selectFirst("head meta[" + attribute + "=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    @Test
    void highwireTagsOnTheGlobalTimesArticleDescribeItsSource() {
        Document doc = site.page(article(GT).uri());
        assertEquals(source(GT).title().value(), meta(doc, "name", "citation_title"));
        assertEquals("S.Korea attempts to assure China on supply chain amid US pressuring over exclusive ‘chip alliance’",
                meta(doc, "name", "citation_title"));
        assertEquals("GT staff reporters", meta(doc, "name", "citation_author"));
        assertEquals("2022/07/22", meta(doc, "name", "citation_publication_date"));
        assertEquals("2022/07/22", meta(doc, "name", "citation_date"));
        assertEquals("Global Times", meta(doc, "name", "citation_journal_title"), "an inferred publisher is our best knowledge");
        assertEquals("en", meta(doc, "name", "citation_language"));
        assertNull(meta(doc, "name", "citation_public_url"), "the URL is missing, so none is given");
    }

    @Test
    void highwireTagsGiveKnownValuesAtTheirPrecisionAndNeverMissingOnes() {
        Document forge = site.page(article("forge-2026-rare-earths").uri());
        assertEquals("2026/02/05", meta(forge, "name", "citation_publication_date"), "a day-precise date is given to the day");
        assertEquals("2023/05", meta(site.page(article("scmp-2023-chip-talks").uri()), "name", "citation_publication_date"),
                "a month-precise date stays month-precise");
        assertNull(meta(forge, "name", "citation_author"));
        assertNull(meta(forge, "name", "citation_journal_title"));
        Document korea = site.page(article("koreapro-2023-gallium-talks").uri());
        assertEquals(source("koreapro-2023-gallium-talks").url().value(), meta(korea, "name", "citation_public_url"));
        for (SourceRecord s : dossier.sources()) {
            Document page = site.page(Dossier.sourceUri(s));
            Document annotated = site.page(article(s.id()).uri());
            assertEquals(highwire(annotated), highwire(page), "source page and article page describe the same source");
        }
        assertTrue(highwire(site.page("index.html")).isEmpty());
        assertTrue(highwire(site.page("timeline.html")).isEmpty());
    }

    private static List<String> highwire(Document doc) {
        return doc.select("head meta[name^=citation_]").stream().map(m -> m.attr("name") + "=" + m.attr("content")).toList();
    }

    @Test
    void everyReferenceCarriesACoinsSpan() {
        int references = 0;
        for (var entry : site.pages().entrySet()) {
            for (Element li : entry.getValue().select("section.references li")) {
                references++;
                List<Element> spans = li.select("span.Z3988");
                assertEquals(1, spans.size(), entry.getKey() + " " + li.id());
                Map<String, String> kev = kev(spans.get(0).attr("title"));
                assertEquals("Z39.88-2004", kev.get("ctx_ver"));
                assertEquals("info:ofi/fmt:kev:mtx:journal", kev.get("rft_val_fmt"));
                String sourceId = li.selectFirst("a.source-record").attr("href").replaceFirst(".*sources/", "").replace(".html", "");
                SourceRecord s = source(sourceId);
                assertEquals(s.title().value(), kev.get("rft.atitle"));
                assertEquals(s.publisher().value(), kev.get("rft.jtitle"));
                assertEquals(s.date().value().iso(), kev.get("rft.date"));
                assertEquals(s.url().value(), kev.get("rft_id"));
            }
        }
        assertTrue(references >= 10, "references checked: " + references);
    }

    private static Map<String, String> kev(String title) {
        Map<String, String> kev = new HashMap<>();
        for (String pair : title.split("&")) {
            int eq = pair.indexOf('=');
            kev.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return kev;
    }

    // ---- bibliography ----

    @Test
    void theBibTeXFileParsesWithARealParser() throws Exception {
        BibTeXDatabase db;
        try (Reader in = Files.newBufferedReader(out.resolve("bibliography.bib"), StandardCharsets.UTF_8)) {
            BibTeXParser parser = new BibTeXParser();
            db = parser.parse(in);
            assertEquals(List.of(), parser.getExceptions());
        }
        Map<Key, BibTeXEntry> entries = db.getEntries();
        assertEquals(5, entries.size());
        for (SourceRecord s : dossier.sources()) {
            BibTeXEntry e = entries.get(new Key(s.id()));
            assertNotNull(e, s.id());
            assertEquals(s.publisher().isKnown() ? BibTeXEntry.TYPE_ARTICLE : BibTeXEntry.TYPE_MISC, e.getType(), s.id());
            assertEquals(s.title().value(), latex(e.getField(BibTeXEntry.KEY_TITLE).toUserString()), s.id());
            assertEquals(Integer.toString(s.date().value().year()), e.getField(BibTeXEntry.KEY_YEAR).toUserString());
            assertEquals(s.date().value().day() > 0, e.getField(new Key("day")) != null, s.id() + ": a day only when known");
            assertTrue(s.title().isEditorial() == latex(e.getField(BibTeXEntry.KEY_NOTE).toUserString()).contains("Title supplied"), s.id());
        }
        BibTeXEntry gt = entries.get(new Key(GT));
        assertEquals("Global Times", gt.getField(BibTeXEntry.KEY_JOURNAL).toUserString());
        assertEquals("July", gt.getField(BibTeXEntry.KEY_MONTH).toUserString(), "the month macro resolves");
        assertEquals("{GT staff reporters}", gt.getField(BibTeXEntry.KEY_AUTHOR).toUserString(), "a byline is one literal name");
        assertNull(gt.getField(BibTeXEntry.KEY_URL));
        assertNull(entries.get(new Key("forge-2026-rare-earths")).getField(BibTeXEntry.KEY_AUTHOR));
    }

    private static String latex(String value) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(value));
    }

    @Test
    void theRisFileHasFiveWellFormedRecords() throws Exception {
        String ris = Files.readString(out.resolve("bibliography.ris"), StandardCharsets.UTF_8);
        assertFalse(ris.replace("\r\n", "").contains("\n"), "lines end in CR LF");
        List<String> lines = List.of(ris.split("\r\n", -1));
        List<String> records = new ArrayList<>();
        String open = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), "an RIS tag line: " + line);
            if (line.startsWith("TY  - ")) {
                assertNull(open, "TY inside an open record");
                assertEquals("TY  - NEWS", line);
                open = line;
            } else if (line.equals("ER  - ")) {
                assertNotNull(open, "ER without TY");
                records.add(open);
                open = null;
            } else {
                assertNotNull(open, "a field outside a record: " + line);
            }
        }
        assertNull(open);
        assertEquals(5, records.size());
        assertTrue(ris.contains("ID  - " + GT + "\r\nTI  - " + source(GT).title().value() + "\r\nAU  - GT staff reporters\r\nT2  - Global Times\r\nPY  - 2022\r\nDA  - 2022/07/22/\r\n"));
        assertTrue(ris.contains("DA  - 2023/05//\r\n"), "month precision");
    }

    @Test
    void theCslJsonFileParsesWithDatesAtTheirPrecision() throws Exception {
        JsonNode items = JSON.readTree(out.resolve("bibliography.json").toFile());
        assertTrue(items.isArray());
        assertEquals(5, items.size());
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.get("id").asText(), i));
        for (SourceRecord s : dossier.sources()) {
            JsonNode item = byId.get(s.id());
            assertEquals("article-newspaper", item.get("type").asText());
            assertEquals(s.title().value(), item.get("title").asText());
            assertEquals(s.language().value(), item.get("language").asText());
            assertEquals(s.publisher().isKnown(), item.has("container-title"), s.id());
            assertEquals(s.url().isKnown(), item.has("URL"), s.id());
        }
        assertEquals("[[2022,7,22]]", byId.get(GT).get("issued").get("date-parts").toString());
        assertEquals("[[2023,5]]", byId.get("scmp-2023-chip-talks").get("issued").get("date-parts").toString());
        assertEquals("[[2026,2,5]]", byId.get("forge-2026-rare-earths").get("issued").get("date-parts").toString());
        assertEquals("GT staff reporters", byId.get(GT).get("author").get(0).get("literal").asText());
        assertTrue(byId.get("forge-2026-rare-earths").get("note").asText().contains("Date inferred by the editors"));
    }

    @Test
    void theBibliographyIsLinkedFromTheHomePageAndEverySourcePage() {
        List<String> pages = new ArrayList<>(List.of("index.html"));
        dossier.sources().forEach(s -> pages.add(Dossier.sourceUri(s)));
        for (String page : pages) {
            for (String file : List.of("bibliography.bib", "bibliography.ris", "bibliography.json")) {
                assertFalse(site.page(page).select("a[href$=" + file + "]").isEmpty(), page + " links " + file);
            }
        }
        assertEquals(List.of(), site.problems(), "and every link resolves");
    }

    // ---- annotations ----

    @Test
    void theAnnotationCollectionHasOneAnnotationPerExcerptWithSelectorsThatPointAtTheQuote() throws Exception {
        JsonNode collection = JSON.readTree(out.resolve("annotations.jsonld").toFile());
        assertEquals("http://www.w3.org/ns/anno.jsonld", collection.get("@context").asText());
        assertEquals("AnnotationCollection", collection.get("type").asText());
        JsonNode items = collection.get("first").get("items");
        assertEquals("AnnotationPage", collection.get("first").get("type").asText());
        List<ResolvedExcerpt> excerpts = dossier.pages().stream()
                .flatMap(p -> dossier.citations(p).provenExcerpts().stream()).toList();
        long figures = site.pages().values().stream().mapToLong(d -> d.select("figure.excerpt").size()).sum();
        assertEquals(excerpts.size(), items.size());
        assertEquals(figures, items.size());
        assertEquals(items.size(), collection.get("total").asInt());

        Map<String, ResolvedExcerpt> byId = excerpts.stream().collect(Collectors.toMap(x -> x.page().uri() + "#" + x.anchor(), x -> x));
        int withCommentary = 0;
        for (JsonNode item : items) {
            String id = item.get("id").asText();
            ResolvedExcerpt excerpt = byId.get(id);
            assertNotNull(excerpt, "the id is the excerpt on its page: " + id);
            assertNotNull(site.page(excerpt.page().uri()).getElementById(excerpt.anchor()));
            assertEquals("Annotation", item.get("type").asText());
            if (item.has("body")) {
                withCommentary++;
                assertEquals("TextualBody", item.get("body").get("type").asText());
                assertEquals("commenting", item.get("body").get("purpose").asText());
                assertFalse(item.get("body").get("value").asText().isBlank());
            }
            SourceRecord source = excerpt.source();
            JsonNode target = item.get("target");
            String expectedSource = source.url().optional().orElse(Dossier.sourceUri(source));
            assertEquals(expectedSource, target.get("source").asText());
            String quote = null;
            String position = null;
            for (JsonNode selector : target.get("selector")) {
                if (selector.get("type").asText().equals("TextQuoteSelector")) {
                    quote = selector.get("exact").asText();
                    Paragraph p = source.paragraph(excerpt.paragraph()).orElseThrow();
                    String prefix = selector.path("prefix").asText("");
                    String suffix = selector.path("suffix").asText("");
                    assertTrue(p.text().contains(prefix + quote + suffix), "prefix, exact and suffix are the paragraph's own text: " + id);
                    assertTrue(prefix.isEmpty() == p.text().startsWith(quote), "a prefix unless the quote opens the paragraph: " + id);
                    assertTrue(prefix.codePointCount(0, prefix.length()) <= 32 && suffix.codePointCount(0, suffix.length()) <= 32);
                } else {
                    assertEquals("TextPositionSelector", selector.get("type").asText());
                    String text = recordText(source);
                    int start = text.offsetByCodePoints(0, selector.get("start").asInt());
                    int end = text.offsetByCodePoints(0, selector.get("end").asInt());
                    position = text.substring(start, end);
                }
            }
            assertEquals(quote, position, "the quote is found at the position offsets: " + id);
            assertEquals(MatchText.of(String.join(" ", excerpt.quoteParagraphs())), MatchText.of(quote),
                    "the selector holds the excerpt's words, in the source's characters: " + id);
        }
        assertTrue(withCommentary >= items.size() - 3, "nearly every excerpt is followed by commentary: " + withCommentary);
        assertTrue(items.toString().contains("’"), "curly quotes are the source's");
    }

    /** The text TextPositionSelector offsets count in: the record's paragraphs joined by a blank line. */
    private static String recordText(SourceRecord source) {
        return source.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    }

    @Test
    void textFragmentLinksAreWellFormedAndNameTheQuote() {
        Pattern form = Pattern.compile("^(https?://[^#\\s]+)#:~:text=([A-Za-z0-9._~%]+)(?:,([A-Za-z0-9._~%]+))?$");
        int links = 0;
        for (var entry : site.pages().entrySet()) {
            for (Element figure : entry.getValue().select("figure.excerpt")) {
                Element link = figure.selectFirst("figcaption a.quote-link");
                String cite = figure.selectFirst("blockquote").attr("cite");
                assertEquals(!cite.isEmpty(), link != null, "a text-fragment link exactly when the original address is known");
                if (link == null) {
                    continue;
                }
                links++;
                assertTrue(link.attr("rel").contains("external"));
                Matcher m = form.matcher(link.attr("href"));
                assertTrue(m.matches(), link.attr("href"));
                assertEquals(cite, m.group(1));
                String quote = figure.selectFirst("blockquote").text();
                String start = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
                assertTrue(quote.startsWith(start), start + " starts " + quote);
                if (m.group(3) != null) {
                    assertTrue(quote.endsWith(URLDecoder.decode(m.group(3), StandardCharsets.UTF_8)), quote);
                    assertEquals(4, start.split(" ").length, "the first four words");
                }
            }
        }
        assertTrue(links >= 4, "the Korea Pro excerpts have text-fragment links: " + links);
    }

    // ---- cite this ----

    @Test
    void everyExcerptHasACiteBlockAndEveryArticleACiteThisPage() {
        int excerpts = 0;
        for (var entry : site.pages().entrySet()) {
            String file = entry.getKey();
            for (Element figure : entry.getValue().select("figure.excerpt")) {
                excerpts++;
                Element details = figure.selectFirst("figcaption details.cite-excerpt");
                assertNotNull(details, file + "#" + figure.id());
                assertEquals("Cite this excerpt", details.selectFirst("summary").text());
                String note = details.selectFirst("p").text();
                String paragraph = figure.selectFirst("figcaption a[href*=#p]").attr("href").replaceFirst(".*#p", "");
                assertTrue(note.contains(", ¶ " + paragraph + ", "), note);
                assertTrue(note.endsWith("quoted in “" + entry.getValue().selectFirst("h1").text() + ",” South Korea between the US, China and Japan, n.d., "
                        + file + "#" + figure.id() + "."), note);
            }
            if (file.startsWith("articles/")) {
                Element page = entry.getValue().selectFirst("details.cite-page");
                assertNotNull(page, file);
                assertEquals("Cite this page", page.selectFirst("summary").text());
                assertTrue(page.text().contains("n.d., " + file + "."), page.text());
            }
        }
        assertTrue(excerpts >= 20);
        Element gt = site.page(article(GT).uri()).selectFirst("figure.excerpt details.cite-excerpt p");
        assertTrue(gt.text().startsWith("GT staff reporters, “S.Korea attempts to assure China on supply chain amid US pressuring over exclusive ‘chip alliance’,” [Global Times], July 22, 2022, ¶ 1, quoted in"),
                gt.text());
        Element scmp = site.page(article("scmp-2023-chip-talks").uri()).selectFirst("figure.excerpt details.cite-excerpt p");
        assertTrue(scmp.text().startsWith("[" + source("scmp-2023-chip-talks").title().value() + "], [South China Morning Post], [May 2023], ¶ "),
                "a supplied title is bracketed, not quoted; inferred values are bracketed: " + scmp.text());
    }
}
