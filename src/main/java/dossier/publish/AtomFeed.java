package dossier.publish;

import dossier.text.Numbers;
import dossier.text.Markup;
import dossier.config.SiteConfig;
import dossier.model.Correction;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageKind;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.Comparator;
import java.util.List;

/**
 * feed.xml: an Atom feed (RFC 4287) of the articles, newest source first. An entry's "updated" is
 * its source's date, a partial date taken at its start (2023-05 → 2023-05-01T00:00:00Z); an
 * undated source gets the Unix epoch and comes last. Each logged correction is an entry too, dated
 * by the correction, so that readers who follow the feed learn of a change. Nothing depends on the
 * clock, so two bakes give the same bytes.
 */
final class AtomFeed {
    static final String FILE = "feed.xml";
    private static final String EPOCH = "1970-01-01T00:00:00Z";

    private final SiteConfig site;
    private final SiteIds ids;

    AtomFeed(SiteConfig site) {
        this.site = site;
        this.ids = new SiteIds(site);
    }

    void write(Dossier dossier, TextOut xml) {
        Comparator<Dated> newestFirst = Comparator.comparing((Dated d) -> d.source().date().value(),
                Comparator.nullsLast(Comparator.<PartialDate>reverseOrder())).thenComparing(d -> d.page().title());
        List<Dated> articles = dossier.pages(PageKind.ARTICLE).stream()
                .map(p -> new Dated(p, dossier.source(p.sourceId()).orElseThrow()))
                .sorted(newestFirst).toList();
        List<Correction> corrections = dossier.xref().corrections();
        String updated = articles.isEmpty() ? EPOCH : updated(articles.get(0).source());
        if (!corrections.isEmpty() && timestamp(corrections.get(0).date()).compareTo(updated) > 0) {
            updated = timestamp(corrections.get(0).date());
        }

        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(Markup.escape(site.language())).append("\">\n");
        element(xml, "  ", "title", site.title());
        if (!site.description().isEmpty()) {
            element(xml, "  ", "subtitle", site.description());
        }
        link(xml, "  ", "alternate", "text/html", ids.href("index.html"));
        if (ids.absolute()) {
            link(xml, "  ", "self", "application/atom+xml", ids.href(FILE)); // a relative self link means nothing
        }
        element(xml, "  ", "id", ids.id(FILE));
        element(xml, "  ", "updated", updated);
        xml.append("  <author>\n");
        element(xml, "    ", "name", site.title());
        xml.append("  </author>\n");
        element(xml, "  ", "generator", "Dossier");
        for (Dated dated : articles) {
            Page article = dated.page();
            xml.append("  <entry>\n");
            element(xml, "    ", "title", article.title());
            link(xml, "    ", "alternate", "text/html", ids.href(article.uri()));
            element(xml, "    ", "id", ids.id(article.uri()));
            element(xml, "    ", "updated", updated(dated.source()));
            if (!article.summary().isEmpty()) {
                element(xml, "    ", "summary", article.summary());
            }
            for (String tag : article.tags()) {
                xml.append("    <category term=\"").append(Markup.escape(tag)).append("\"/>\n");
            }
            xml.append("  </entry>\n");
        }
        for (Correction correction : corrections) {
            String id = Dossier.correctionId(correction);
            xml.append("  <entry>\n");
            element(xml, "    ", "title", "Correction: " + correction.page().title());
            link(xml, "    ", "alternate", "text/html", ids.href(correction.page().uri() + "#" + id));
            element(xml, "    ", "id", ids.id(Dossier.CORRECTIONS_URI + "#" + id));
            element(xml, "    ", "updated", timestamp(correction.date()));
            element(xml, "    ", "summary", correction.what() + " " + correction.why());
            xml.append("  </entry>\n");
        }
        xml.append("</feed>\n");
    }

    /** An article with its source, looked up once rather than at every comparison of the sort. */
    private record Dated(Page page, SourceRecord source) {
    }

    private static String updated(SourceRecord source) {
        return source.date().optional().map(AtomFeed::timestamp).orElse(EPOCH);
    }

    static String timestamp(PartialDate date) {
        return Numbers.padded(date.year(), 4) + "-" + Numbers.padded(Math.max(1, date.month()), 2) + "-" + Numbers.padded(Math.max(1, date.day()), 2) + "T00:00:00Z";
    }

    private static void element(TextOut xml, String indent, String name, String text) {
        xml.append(indent).append('<').append(name).append('>').append(Markup.escape(text)).append("</").append(name).append(">\n");
    }

    private static void link(TextOut xml, String indent, String rel, String type, String href) {
        xml.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"")
                .append(Markup.escape(href)).append("\"/>\n");
    }
}
