package dossier.render;

import dossier.text.Markup;
import dossier.config.SiteConfig;
import dossier.model.Page;
import dossier.model.ResolvedExcerpt;
import dossier.source.MetaField;
import dossier.source.PartialDate;
import dossier.source.Provenance;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * "Cite this" texts in one style: Chicago notes-bibliography (17th ed.). A dossier page is cited
 * as a web page: "Title," Site, n.d., URL (no access date: the site does not know when it is
 * read). An excerpt is cited as the source's words: the newspaper-article note with the paragraph
 * ("¶ 7"), "quoted in" the dossier page at the excerpt's fragment. Values the editors supplied or
 * inferred are in [brackets], as in the reference lists; missing values are left out, never
 * guessed. Without a configured base URL the page's address is its path from the site root.
 */
final class ChicagoNotes {
    private final SiteConfig site;

    ChicagoNotes(SiteConfig site) {
        this.site = site;
    }

    /** Note and bibliography entry for a dossier page, as escaped HTML. */
    String page(Page page) {
        String url = Markup.escape(address(page.uri()));
        String title = Markup.escape(quotable(page.title()));
        String siteTitle = Markup.escape(site.title());
        return "<p class=\"cite-note\"><span class=\"cite-form\">Note:</span> " + "“" + title + comma(page.title()) + "” "
                + siteTitle + ", n.d., " + url + ".</p>\n"
                + "<p class=\"cite-bibliography\"><span class=\"cite-form\">Bibliography:</span> " + "“" + title + period(page.title()) + "” "
                + siteTitle + ". n.d. " + url + ".</p>\n";
    }

    /** A note citing the source at the quoted paragraph, quoted in the dossier page, as escaped HTML. */
    String excerpt(ResolvedExcerpt excerpt) {
        SourceRecord source = excerpt.source();
        List<String> parts = new ArrayList<>();
        source.author().optional().ifPresent(a -> parts.add(CitationStyle.value(source.author(), a)));
        parts.add(title(source.title()));
        source.publisher().optional().ifPresent(p -> parts.add("<i>" + CitationStyle.value(source.publisher(), p) + "</i>"));
        parts.add(date(source.date()));
        int last = excerpt.lastParagraph();
        parts.add(last == excerpt.paragraph() ? "¶ " + last : "¶¶ " + excerpt.paragraph() + "–" + last);
        source.url().optional().ifPresent(u -> parts.add(Markup.escape(u)));
        Page page = excerpt.page();
        String quotedIn = "quoted in “" + Markup.escape(quotable(page.title())) + comma(page.title()) + "” "
                + Markup.escape(site.title()) + ", n.d., " + Markup.escape(address(page.uri()) + "#" + excerpt.anchor()) + ".";
        return "<p class=\"cite-note\">" + joinNote(parts) + ", " + quotedIn + "</p>\n";
    }

    /** Parts joined by commas, except after a quoted title, which already holds its comma. */
    private static String joinNote(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (out.length() > 0) {
                out.append(out.toString().endsWith("”") ? " " : ", ");
            }
            out.append(part);
        }
        return out.toString();
    }

    /**
     * A stated (or inferred) title in quotation marks with the note's comma inside them; a title the
     * editors supplied describes the article rather than naming it, so it is not quoted.
     */
    private static String title(MetaField<String> title) {
        if (!title.isKnown()) {
            return "[Untitled]";
        }
        if (title.provenance() == Provenance.SUPPLIED) {
            return CitationStyle.value(title, title.value());
        }
        return "“" + CitationStyle.value(title, quotable(title.value())) + comma(title.value()) + "”";
    }

    /** "July 22, 2022", "May 2023", "2026" or "n.d.". */
    static String date(MetaField<PartialDate> date) {
        if (!date.isKnown()) {
            return "n.d.";
        }
        PartialDate d = date.value();
        String text = switch (d.precision()) {
            case DAY -> d.monthName() + " " + d.day() + ", " + d.year();
            case MONTH -> d.monthName() + " " + d.year();
            case YEAR -> Integer.toString(d.year());
        };
        return CitationStyle.value(date, text);
    }

    private String address(String uri) {
        return site.absoluteUrl(uri).orElse(uri);
    }

    /** Double quotation marks inside a quoted title become single ones (US style). */
    private static String quotable(String title) {
        return title.replace('“', '‘').replace('”', '’').replaceAll("\"([^\"]*)\"", "‘$1’");
    }

    /** A title ending in ? or ! takes no comma before the closing quotation mark. */
    private static String comma(String title) {
        return title.endsWith("?") || title.endsWith("!") ? "" : ",";
    }

    private static String period(String title) {
        return title.endsWith("?") || title.endsWith("!") || title.endsWith(".") ? "" : ".";
    }
}
