package dossier.render;

import dossier.config.SiteConfig;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageKind;
import dossier.source.SourceRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page's head says about it beyond its title: the OpenGraph type, the canonical address
 * (only with a configured base URL: a relative canonical link would be wrong for copies of the
 * site), and Highwire tags for the source article it is about (article and source pages).
 */
final class HeadFactory {
    private final SiteConfig site;
    private final Map<String, SourceRecord> sourceByUri = new HashMap<>();

    HeadFactory(Dossier dossier, SiteConfig site) {
        this.site = site;
        for (Page page : dossier.pages(PageKind.ARTICLE)) {
            dossier.source(page.sourceId()).ifPresent(s -> sourceByUri.put(page.uri(), s));
        }
        dossier.sources().forEach(s -> sourceByUri.put(Dossier.sourceUri(s), s));
    }

    /** @param type the page's template type ("article", "source", "home"…) */
    Views.Head head(String type, String uri) {
        SourceRecord about = type.equals("article") || type.equals("source") ? sourceByUri.get(uri) : null;
        return new Views.Head(type.equals("article") ? "article" : "website", site.absoluteUrl(uri).orElse(null),
                about == null ? List.of() : HighwireTags.of(about));
    }
}
