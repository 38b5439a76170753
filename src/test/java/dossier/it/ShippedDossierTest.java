package dossier.it;

import dossier.build.Build;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageKind;
import dossier.source.MatchText;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bakes the dossier that ships in content/ and checks the HTML with jsoup. */
class ShippedDossierTest {
    /** The seeds as received: sha256 of the files in the shared seeds folder, which the build never reads. */
    private static final Map<String, String> SEED_HASHES = Map.of(
            "scmp-2023-chip-talks", "aa5c0c5ee44d3b8e86420a7934f45d67629e68b9644490013529950cc6e15dd6",
            "gt-2022-chip4-dilemma", "d46f447b8947804631c41788eb2a05dc0e00f8404f01655856dae48089028c5f",
            "koreapro-2023-gallium-talks", "f7f69aef31bf7723cb5b45d7466ea895d88ae7b55a9e1c7a07896ca33cf35801",
            "forge-2026-rare-earths", "2a772c4d3ff7453caf293247b93350708e6ad5389b68b50fc25a2229294bfafb",
            "whitelist-2023-japan", "1e0a39ea1045113d375b754d9200e21e7b20d163a4653d2935a342193834897b");

    @TempDir
    static Path tmp;
    static Path out;
    static Build.Result result;
    static SiteLinks site;

    @BeforeAll
    static void bake() {
        out = tmp.resolve("site");
        result = new Build().run(new Build.Options(Sites.PROJECT, out));
        site = new SiteLinks(out);
    }

    @Test
    void bakesWithoutDiagnostics() {
        assertEquals(List.of(), result.report().diagnostics());
    }

    /**
     * Citations go both ways: every reference links back to each place in the page that cites it,
     * in reading order, and every place that cites a reference is linked back from it.
     */
    @Test
    void referencesLinkBackToEveryPlaceThatCitesThem() {
        int backLinks = 0;
        for (var entry : site.pages().entrySet()) {
            var page = entry.getValue();
            for (var reference : page.select("section.references li[id^=ref-]")) {
                String ref = "#" + reference.id();
                List<String> back = reference.select(".cited-at a").eachAttr("href");
                List<String> citing = new java.util.ArrayList<>();
                for (var link : page.select("main a[href=" + ref + "]")) {
                    var place = link.id().isEmpty() ? link.closest("figure.excerpt") : link;
                    if (place != null && !place.id().isEmpty()) {
                        citing.add("#" + place.id());
                    }
                }
                assertEquals(citing, back, entry.getKey() + " " + ref + ": back to each citing place, in reading order");
                backLinks += back.size();
            }
        }
        assertTrue(backLinks > 0, "references with places citing them");
    }

    /** An article that links here is listed once: under "Linked from", not again under "Related articles". */
    @Test
    void relatedArticlesDoNotRepeatTheOnesThatLinkHere() {
        int listed = 0;
        for (dossier.model.Page article : result.dossier().orElseThrow().articlesByDate()) {
            var page = site.page(article.uri());
            List<String> related = page.select("section.related a[href]").eachAttr("href");
            List<String> linking = page.select("section.backlinks a[href]").eachAttr("href");
            listed += related.size() + linking.size();
            assertEquals(List.of(), related.stream().filter(linking::contains).toList(), article.uri());
        }
        assertTrue(listed > 0, "articles list others");
    }

    /** Each article leads to the one before and the one after it by date; the first and the last lead one way only. */
    @Test
    void articlesLeadToTheEarlierAndLaterOnes() {
        List<dossier.model.Page> byDate = result.dossier().orElseThrow().articlesByDate();
        assertTrue(byDate.size() > 2, "articles to order");
        for (int i = 0; i < byDate.size(); i++) {
            var page = site.page(byDate.get(i).uri());
            var earlier = page.select("nav.article-sequence a[rel=prev]");
            var later = page.select("nav.article-sequence a[rel=next]");
            assertEquals(i == 0 ? List.of() : List.of("../" + byDate.get(i - 1).uri()), earlier.eachAttr("href"), byDate.get(i).uri() + ": earlier");
            assertEquals(i == byDate.size() - 1 ? List.of() : List.of("../" + byDate.get(i + 1).uri()), later.eachAttr("href"), byDate.get(i).uri() + ": later");
            if (i > 0) {
                assertTrue(earlier.text().endsWith(byDate.get(i - 1).title()), earlier.text());
            }
        }
    }

    /** A backlink's snippet reads as the page does: no space left where a citation was dropped ("germanium , and"). */
    @Test
    void backlinkSnippetsLeaveNoSpaceBeforePunctuation() {
        List<String> spaced = new java.util.ArrayList<>();
        int snippets = 0;
        for (var entry : site.pages().entrySet()) {
            for (var context : entry.getValue().select(".context")) {
                snippets++;
                if (java.util.regex.Pattern.compile(" [,.;:!?)]").matcher(context.text()).find()) {
                    spaced.add(entry.getKey() + ": " + context.text());
                }
            }
        }
        assertTrue(snippets > 0, "the dossier has backlink snippets");
        assertEquals(List.of(), spaced);
    }

    @Test
    void everyTitleNamesTheSiteExactlyOnce() {
        String siteTitle = "South Korea between the US, China and Japan";
        for (var entry : site.pages().entrySet()) {
            String title = entry.getValue().title();
            assertEquals(1, title.split(java.util.regex.Pattern.quote(siteTitle), -1).length - 1, entry.getKey() + ": " + title);
        }
        assertEquals("South Korea between the US, China and Japan: chips and critical minerals, 2022–2026", site.page("index.html").title());
        assertEquals("Gallium — " + siteTitle, site.page("entities/gallium.html").title());
    }

    @Test
    void hasFiveArticlePagesEachWithAtLeastFourExcerpts() {
        List<String> articles = site.pages().keySet().stream().filter(p -> p.startsWith("articles/")).sorted().toList();
        assertEquals(5, articles.size(), articles.toString());
        for (String article : articles) {
            Document doc = site.page(article);
            assertTrue(doc.select("figure.excerpt").size() >= 4, article + " has at least four excerpts");
            assertFalse(doc.select("section.references li").isEmpty(), article + " ends with references");
        }
    }

    @Test
    void everyLinkIsRelativeAndResolvesIncludingFragments() {
        assertEquals(List.of(), site.problems());
    }

    @Test
    void everyExcerptLinksToTheParagraphAnchorItQuotesAndToAReference() {
        int excerpts = 0;
        for (var entry : site.pages().entrySet()) {
            for (Element figure : entry.getValue().select("figure.excerpt")) {
                excerpts++;
                assertTrue(figure.id().matches("x-[0-9a-f]{10}(-\\d+)?"), "stable excerpt id: " + figure.id());
                Element toParagraph = figure.selectFirst("figcaption a[href*=sources/][href*=#p]");
                assertTrue(toParagraph != null, "excerpt " + figure.id() + " links to its source paragraph");
                String paragraphId = toParagraph.attr("href").replaceFirst(".*#", "");
                String sourcePage = toParagraph.attr("href").replaceFirst("^\\.\\./", "").replaceFirst("#.*", "");
                Element paragraph = site.page(sourcePage).getElementById(paragraphId);
                String quote = figure.selectFirst("blockquote").text();
                String start = quote.substring(0, Math.min(25, quote.length())).replaceAll("[\"'“”‘’]", "");
                assertTrue(paragraph.text().replaceAll("[\"'“”‘’]", "").contains(start),
                        "the linked paragraph " + sourcePage + "#" + paragraphId + " holds the quote " + start);
                Element ref = figure.selectFirst("figcaption a.cite");
                assertTrue(entry.getValue().getElementById(ref.attr("href").substring(1)) != null, "reference exists");
            }
        }
        assertTrue(excerpts >= 20, "at least 20 excerpts, found " + excerpts);
    }

    @Test
    void referencesMarkSuppliedAndInferredValues() {
        Document doc = site.page("articles/2023-05-chip-talks.html");
        Element editorial = doc.selectFirst("section.references .editorial");
        assertTrue(editorial != null, "an inferred or supplied value is marked");
        assertTrue(editorial.text().startsWith("[") && editorial.attr("title").matches("(inferred|supplied): .+"));
    }

    @Test
    void sourcePagesShowOnlyCitedParagraphsWithTheirNeighboursAndNeverTheArchive() throws IOException {
        Dossier dossier = result.dossier().orElseThrow();
        int context = 0;
        for (SourceRecord source : dossier.sources()) {
            Document page = site.page(Dossier.sourceUri(source));
            Set<Integer> cited = dossier.citedParagraphs().getOrDefault(source.id(), Set.of());
            for (var p : source.paragraphs()) {
                boolean shown = page.select("div.source-paragraph#" + p.anchor()).size() == 1;
                boolean besideCited = !cited.contains(p.number()) && (cited.contains(p.number() - 1) || cited.contains(p.number() + 1));
                assertEquals(!p.isExcluded() && (cited.contains(p.number()) || besideCited), shown, source.id() + " ¶" + p.number());
                assertEquals(shown && besideCited, page.select("div.source-paragraph.context#" + p.anchor()).size() == 1,
                        source.id() + " ¶" + p.number() + " is marked as context exactly when it is shown only as context");
                context += shown && besideCited ? 1 : 0;
            }
        }
        assertTrue(context > 0, "the shipped sources have uncited paragraphs beside cited ones");
        assertFalse(Files.exists(out.resolve("sources/archive")), "full texts are not published");
        // the Korea Pro export's own links: marked in the text, listed with their lost targets, never linked out
        Document koreaPro = site.page("sources/koreapro-2023-gallium-talks.html");
        assertEquals(List.of("clarified", "accounts for", "remarks", "cautioned", "whispers", "possibly"),
                koreaPro.select("div.source-paragraph a.source-link").eachText());
        assertEquals(6, koreaPro.select("ol.source-links > li").size());
        assertTrue(koreaPro.select("ol.source-links > li").first().text().startsWith("¶1: “clarified”: target unknown."),
                koreaPro.select("ol.source-links > li").first().text());
        assertEquals(List.of(), site.page("sources/gt-2022-chip4-dilemma.html").select("ol.source-links"), "plain text has no links");
        assertTrue(Sites.files(out).stream().filter(f -> !f.equals("bibliography.json")) // the CSL-JSON bibliography is ours
                .noneMatch(f -> f.endsWith(".txt") || f.endsWith(".json")));
    }

    @Test
    void sourcePagesMarkEveryQuotedPassageInItsParagraph() {
        Dossier dossier = result.dossier().orElseThrow();
        int checked = 0;
        for (SourceRecord source : dossier.sources()) {
            Document page = site.page(Dossier.sourceUri(source));
            Map<String, Integer> marksStarting = new TreeMap<>();
            for (var excerpts : dossier.citingExcerpts().getOrDefault(source.id(), Map.of()).values()) {
                for (var excerpt : excerpts) {
                    String id = "m-" + excerpt.anchor().substring(2);
                    var passages = excerpt.passages();
                    for (int i = 0; i < passages.size(); i++) {
                        var q = passages.get(i);
                        Element text = page.selectFirst("div.source-paragraph#" + q.paragraph().anchor() + " > p:not(.context-label):not(.cited-by)");
                        assertTrue(text != null, source.id() + " shows " + q.paragraph().anchor());
                        assertEquals(q.paragraph().text(), PlainText.of(text), "the paragraph's words, as the record has them");
                        boolean[] marked = PlainText.marked(text);
                        for (int at = q.start(); at < q.end(); at++) {
                            assertTrue(marked[at], source.id() + " " + id + ": character " + at + " of the quote is marked");
                        }
                        if (i == 0) {
                            Element anchor = page.getElementById(id);
                            assertTrue(anchor != null && anchor.nextElementSibling() != null && anchor.nextElementSibling().is("mark.q"),
                                    id + " stands just before its mark");
                            assertEquals(q.start(), PlainText.offsetOf(text, anchor), id + " is where the quote begins");
                            marksStarting.merge(id, 1, Integer::sum);
                        }
                    }
                    checked++;
                }
            }
            marksStarting.keySet().forEach(id -> assertEquals(1, page.select("[id=" + id + "]").size(), id + " is unique"));
        }
        assertTrue(checked > 0);
    }

    @Test
    void sourcePagesListEachCitingPageOnceWithItsExcerptsUnderIt() {
        Dossier dossier = result.dossier().orElseThrow();
        for (SourceRecord source : dossier.sources()) {
            Document page = site.page(Dossier.sourceUri(source));
            var items = page.select("ul.citing-pages > li");
            List<Page> citing = dossier.citingPages().getOrDefault(source.id(), List.of());
            assertEquals(citing.size(), items.size(), source.id() + ": one entry per citing page");
            for (int i = 0; i < citing.size(); i++) {
                Page from = citing.get(i);
                var excerpts = dossier.citations(from).provenExcerpts().stream().filter(x -> x.source().equals(source)).toList();
                var listed = items.get(i).select("ol.citing-excerpts > li");
                assertEquals(excerpts.size(), listed.size(), source.id() + " in " + from.path());
                for (int k = 0; k < excerpts.size(); k++) {
                    String mark = listed.get(k).selectFirst("a").attr("href");
                    assertEquals("#m-" + excerpts.get(k).anchor().substring(2), mark);
                    assertTrue(page.getElementById(mark.substring(1)) != null, mark + " exists on the page");
                    assertTrue(listed.get(k).selectFirst("a.to-excerpt").attr("href").endsWith(from.uri() + "#" + excerpts.get(k).anchor()));
                }
            }
        }
    }

    /**
     * Every place a page cites has its preview data in the page (the excerpts, the inline
     * citations that name paragraphs, the accounts), every wiki-link its entity, and articles stay
     * under 80 KB with it (issue 14).
     */
    @Test
    void pagesCarryTheDataOfTheirPreviewsAndArticlesStayUnder80KB() throws IOException {
        Dossier dossier = result.dossier().orElseThrow();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        int places = 0;
        for (Page page : dossier.pages()) {
            Document doc = site.page(page.uri());
            Element script = doc.getElementById("preview-data");
            assertTrue(script != null, page.uri() + " has preview data");
            var data = json.readTree(script.data());
            for (Element figure : doc.select("figure.excerpt")) {
                var cite = data.path("cites").path(figure.id());
                assertTrue(cite.isObject(), page.uri() + " " + figure.id());
                String source = cite.path("s").asText();
                assertTrue(data.path("sources").path(source).path("t").isTextual(), source);
                String text = data.path("paras").path(source + "#" + cite.path("p").get(0).asInt()).asText();
                var q = cite.path("q").get(0);
                String marked = text.substring(q.get(1).asInt(), q.get(2).asInt());
                String quote = figure.selectFirst("blockquote p").text();
                assertEquals(MatchText.of(quote), MatchText.of(marked), page.uri() + " " + figure.id());
                places++;
            }
            for (Element ref : doc.select("span.cite > a[id^=c-]")) {
                boolean namesParagraph = ref.parent().selectFirst("a[href*='#p']") != null;
                assertEquals(namesParagraph, data.path("cites").path(ref.id()).isObject(), page.uri() + " " + ref.id());
                places += namesParagraph ? 1 : 0;
            }
            for (Element wiki : doc.select("main a.wikilink")) {
                assertTrue(data.path("pages").path(wiki.attr("href")).path("t").isTextual(), page.uri() + " " + wiki.attr("href"));
            }
            if (page.kind() == PageKind.ARTICLE) {
                long bytes = Files.size(out.resolve(page.uri()));
                assertTrue(bytes <= 80 * 1024, page.uri() + " is " + bytes + " bytes");
            }
        }
        assertTrue(places > 0);
    }

    @Test
    void archivedSourcesAreByteIdenticalToTheSeeds() throws IOException {
        Dossier dossier = result.dossier().orElseThrow();
        Map<String, String> actual = new TreeMap<>();
        for (SourceRecord source : dossier.sources()) {
            actual.put(source.id(), SourceRecordReader.sha256(Files.readAllBytes(Sites.PROJECT.resolve(source.archivePath()))));
        }
        assertEquals(new TreeMap<>(SEED_HASHES), actual);
    }

    @Test
    void pagesHaveOnlyTheSitesOwnScriptsAndNoExternalResources() {
        for (var entry : site.pages().entrySet()) {
            Document doc = entry.getValue();
            assertEquals(List.of(), OwnScripts.foreign(doc), entry.getKey());
            for (Element res : doc.select("link[href], img[src]")) {
                String url = res.hasAttr("href") ? res.attr("href") : res.attr("src");
                assertFalse(url.matches("^[a-z]+:.*|^//.*"), entry.getKey() + " loads " + url);
            }
        }
    }

    @Test
    void twoBakesAreByteIdentical() throws IOException {
        Path second = tmp.resolve("second");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, second)).ok());
        List<String> files = Sites.files(out);
        assertEquals(files, Sites.files(second));
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    @Test
    void theDossierIsCrossLinkedWithEntitiesATimelineAndAFiguresLedger() {
        var xref = result.dossier().orElseThrow().xref();
        assertTrue(xref.entities().size() >= 40 && xref.entities().size() <= 60, "entities: " + xref.entities().size());
        assertTrue(xref.events().size() >= 25, "events: " + xref.events().size());
        assertTrue(xref.figures().size() >= 20, "figures: " + xref.figures().size());
        Document timeline = site.page("timeline.html");
        List<String> years = timeline.select("section h2").eachText();
        assertTrue(years.contains("1992") && years.contains("2015") && years.contains("2026"), years.toString());
        assertEquals(years.stream().sorted().toList(), years, "years in order");
        for (String article : site.pages().keySet().stream().filter(p -> p.startsWith("articles/")).toList()) {
            Document doc = site.page(article);
            assertTrue(doc.select("a.wikilink").size() >= 5, article + " links its entities");
            assertFalse(doc.select("section.related li").isEmpty(), article + " has related articles");
        }
        Document figures = site.page("figures.html");
        assertEquals(xref.figures().size(), figures.select("table.figures tbody tr").size() + figures.select("li.stat").size(),
                "every figure is a chart's row or a number on its own");
        assertFalse(figures.select("svg.chart rect.chart-bar").isEmpty());
        long entityPagesWithMentions = xref.entities().stream().filter(e -> !xref.mentions().get(e.page().path()).isEmpty()).count();
        assertTrue(entityPagesWithMentions >= xref.entities().size() - 5, "most entities are named in the sources: " + entityPagesWithMentions);
    }
    /**
     * Only comparable figures share a chart: each chart is the figures an editor gave one title,
     * two at least, in one unit and period, and says in words what it draws; every other figure is
     * a number on its own. Counts come from the model.
     */
    @Test
    void everyChartComparesLikeWithLikeAndSingleFiguresAreNumbers() {
        var xref = result.dossier().orElseThrow().xref();
        Map<String, List<dossier.model.Figure>> byChart = new java.util.LinkedHashMap<>();
        xref.figures().stream().filter(f -> f.chart() != null).forEach(f -> byChart.computeIfAbsent(f.chart(), c -> new java.util.ArrayList<>()).add(f));
        Document page = site.page("figures.html");
        List<Element> sections = page.select("section.figure-chart");
        assertEquals(List.copyOf(byChart.keySet()), sections.stream().map(s -> s.selectFirst("h2").text()).toList(), "one chart per title");
        for (Element section : sections) {
            String title = section.selectFirst("h2").text();
            List<dossier.model.Figure> model = byChart.get(title);
            Element svg = section.selectFirst("svg.chart");
            assertEquals(title, svg.getElementById(svg.attr("aria-labelledby")).text());
            List<Element> rows = section.select("table.figures tbody tr");
            assertTrue(rows.size() >= 2, title + ": a chart compares two figures or more");
            assertEquals(rows.size(), svg.select("rect.chart-bar").size(), title + ": a bar per row");
            assertEquals(1, model.stream().map(f -> f.unit() + "|" + f.per()).distinct().count(), title + ": one unit, one period");
            assertEquals(model.stream().map(dossier.model.Figure::measures).toList(),
                    rows.stream().map(r -> r.select("td").get(1).ownText()).toList(), title + ": the chart's figures, in order");
            List<String> units = rows.stream().map(r -> r.selectFirst("td.num").ownText()).distinct().toList();
            assertEquals(1, units.size(), title + ": one unit and period in the table: " + units);
            assertEquals(svg.select("text.chart-axis-title").text(), units.get(0), title + ": the axis says the unit");
            String desc = svg.getElementById(svg.attr("aria-describedby")).text();
            for (Element row : rows) {
                String value = row.selectFirst(".figure-value").text();
                assertTrue(desc.contains(row.select("td").get(1).ownText() + ": " + value), title + ": the description has " + value);
                assertEquals(1, svg.select("a[href=#" + row.id() + "]").size(), "a bar links to " + row.id());
            }
        }
        long single = xref.figures().stream().filter(f -> f.chart() == null || byChart.get(f.chart()).size() < 2).count();
        assertEquals(single, page.select("li.stat").size(), "single figures are numbers");
        assertTrue(page.select("li.stat svg, li.stat rect").isEmpty());
        String intro = page.selectFirst("article > p").text();
        assertTrue(intro.contains("(" + xref.figures().size() + ")") && intro.contains("(" + sections.size() + " chart"), intro);
    }

    /**
     * The accounts the issue asked for are live: the Taiwan remark, the Detroit talks (two parties
     * in one report) and Xing Haiming's remarks, each shown wherever the model places it.
     */
    @Test
    void accountsStandSideBySideWhereTheModelPlacesThem() {
        Dossier dossier = result.dossier().orElseThrow();
        var withAccounts = dossier.xref().events().stream().filter(e -> !e.accounts().isEmpty()).toList();
        assertTrue(withAccounts.size() >= 2, "events with accounts: " + withAccounts.size());
        Document timeline = site.page("timeline.html");
        assertEquals(withAccounts.size(), timeline.select("ol.events > li div.accounts").size());
        int columns = withAccounts.stream().mapToInt(e -> e.accounts().size()).sum();
        assertEquals(columns, timeline.select("ol.events div.account").size());
        for (var event : withAccounts) {
            Document page = site.page(event.page().uri());
            assertEquals(event.accounts().size(), page.getElementById(Dossier.eventId(event)).select("div.account").size(), event.text());
        }
        Set<String> taiwan = Set.of("scmp-2023-chip-talks", "koreapro-2023-gallium-talks");
        assertTrue(withAccounts.stream().anyMatch(e -> e.text().contains("Taiwan")
                && e.accounts().stream().map(a -> a.source().id()).collect(java.util.stream.Collectors.toSet()).equals(taiwan)));
        for (String entity : List.of("entities/xing-haiming.html", "entities/chip-4.html")) {
            Page page = dossier.pages().stream().filter(p -> p.uri().equals(entity)).findFirst().orElseThrow();
            int declared = dossier.citations(page).accounts().size();
            assertTrue(declared >= 2, entity);
            assertEquals(declared, site.page(entity).select("section.event-accounts div.account").size(), entity);
        }
    }

    @Test
    void eventsOfOneMonthReadInTheOrderTheSourceGivesThem() {
        List<String> may2023 = site.page("timeline.html").select("ol.events > li").stream()
                .filter(li -> "2023-05".equals(li.selectFirst("time").attr("datetime")))
                .map(li -> li.selectFirst("p").text()).toList();
        assertEquals(2, may2023.size(), may2023.toString());
        assertTrue(may2023.get(0).contains("Detroit") && may2023.get(1).contains("MBC"), "SCMP ¶2 before ¶12: " + may2023);
    }

    /** Every page's navigation leads to the graph, relative to the page. */
    @Test
    void everyPageLinksTheGraphFromItsNavigation() {
        for (var entry : site.pages().entrySet()) {
            String root = "../".repeat((int) entry.getKey().chars().filter(c -> c == '/').count());
            assertEquals(List.of(root + Dossier.GRAPH_URI), entry.getValue().select("header.site-header nav a[href$=" + Dossier.GRAPH_URI + "]")
                    .eachAttr("href"), entry.getKey());
        }
    }

    /** The graph page's drawing and every entity page's: no label over another or over a node, nothing outside the view box. */
    @Test
    void everyGraphDrawsItsLabelsClearOfEachOtherAndOfTheNodes() {
        int drawings = 0;
        for (var entry : new TreeMap<>(site.pages()).entrySet()) {
            for (Element svg : entry.getValue().select("figure.graph-figure svg.graph")) {
                drawings++;
                assertFalse(svg.select("text").isEmpty(), entry.getKey());
                assertEquals(List.of(), dossier.render.internal.GraphGeometry.problems(svg), entry.getKey());
            }
        }
        assertTrue(drawings > 1 && site.page(Dossier.GRAPH_URI).selectFirst("svg.graph") != null, "drawings: " + drawings);
    }

    /**
     * An entity page draws its neighbours joined to it and, where they are named together too, to
     * each other: every pair among them the graph page lists, or, where they are too many, the
     * strongest of them, as its caption says.
     */
    @Test
    void entityPagesDrawTheLinksAmongTheirNeighbours() {
        Map<Set<String>, Integer> allPairs = new java.util.HashMap<>();
        for (Element li : site.page(Dossier.GRAPH_URI).select("ul.pairs li")) {
            List<String> ends = li.select("a").eachAttr("href");
            int paragraphs = Integer.parseInt(li.ownText().replaceAll("[^0-9]", ""));
            allPairs.put(Set.of(ends.get(0), ends.get(1)), paragraphs);
        }
        assertFalse(allPairs.isEmpty());
        int among = 0;
        for (var entry : new TreeMap<>(site.pages()).entrySet()) {
            Element svg = entry.getValue().selectFirst("section.neighbourhood svg.graph");
            if (svg == null) {
                continue;
            }
            String self = entry.getKey();
            Map<String, String> node = new java.util.HashMap<>();
            for (Element item : svg.select("[data-node]")) {
                node.put(item.attr("data-node"), item.hasAttr("href") ? item.attr("href").replaceFirst("^(\\.\\./)+", "") : self);
            }
            assertEquals(1, svg.select("g.graph-centre-item").size(), self);
            Set<Set<String>> drawn = new java.util.HashSet<>();
            for (Element line : svg.select("line")) {
                drawn.add(Set.of(node.get(line.attr("data-a")), node.get(line.attr("data-b"))));
            }
            List<String> neighbours = node.values().stream().filter(n -> !n.equals(self)).sorted().toList();
            int listed = entry.getValue().select("ul.neighbours a").size();
            assertTrue(neighbours.size() == listed || entry.getValue().selectFirst("section.neighbourhood figcaption").text()
                    .startsWith("The " + neighbours.size() + " of the " + listed + " named with"), self + ": every neighbour drawn, or the caption says which");
            assertTrue(entry.getValue().select("ul.neighbours a").eachAttr("href").stream().map(h -> h.replaceFirst("^(\\.\\./)+", ""))
                    .toList().containsAll(neighbours), self + ": those drawn are listed");
            for (String n : neighbours) {
                assertTrue(drawn.contains(Set.of(self, n)), self + " joined to " + n);
            }
            Map<Set<String>, Integer> expected = new java.util.HashMap<>();
            for (int i = 0; i < neighbours.size(); i++) {
                for (int j = i + 1; j < neighbours.size(); j++) {
                    Set<String> pair = Set.of(neighbours.get(i), neighbours.get(j));
                    if (allPairs.containsKey(pair)) {
                        expected.put(pair, allPairs.get(pair));
                    }
                }
            }
            Set<Set<String>> drawnAmong = drawn.stream().filter(p -> !p.contains(self)).collect(java.util.stream.Collectors.toSet());
            assertTrue(expected.keySet().containsAll(drawnAmong), self + ": only pairs named together");
            among += drawnAmong.size();
            if (drawnAmong.size() < expected.size()) {
                int weakestDrawn = drawnAmong.stream().mapToInt(expected::get).min().orElse(0);
                int strongestLeft = expected.entrySet().stream().filter(e -> !drawnAmong.contains(e.getKey())).mapToInt(Map.Entry::getValue).max().orElse(0);
                assertTrue(weakestDrawn >= strongestLeft, self + ": the strongest pairs are the ones drawn");
                assertTrue(entry.getValue().selectFirst("section.neighbourhood figcaption").text()
                        .contains("the " + drawnAmong.size() + " strongest of the " + expected.size() + " pairs"), self);
            } else {
                assertEquals(expected.keySet(), drawnAmong, self + ": every pair among the neighbours");
            }
        }
        assertTrue(among > 0, "links among neighbours drawn");
    }
}
