package dossier.publish;

import dossier.text.Markup;
import dossier.config.SiteConfig;
import dossier.model.Dossier;

import java.util.List;

/**
 * sitemap.xml (sitemaps.org 0.9): every page of the site at its absolute address. Written only
 * when a base URL is configured, because a sitemap must list absolute addresses. No lastmod: the
 * site does not know when a page last changed.
 */
final class Sitemap {
    static final String FILE = "sitemap.xml";
    private final SiteConfig site;

    Sitemap(SiteConfig site) {
        this.site = site;
    }

    /** @param pages every HTML file of the site, relative to its root, sorted */
    void write(List<String> pages, TextOut xml) {
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            if (page.equals(Dossier.SEARCH_URI)) {
                continue; // a form, with no content of its own: search engines are asked not to list results pages
            }
            xml.append("  <url><loc>").append(Markup.escape(site.absoluteUrl(page).orElseThrow())).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
    }
}
