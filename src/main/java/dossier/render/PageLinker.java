package dossier.render;

import dossier.markdown.CitationLinker;
import dossier.markdown.Excerpt;
import dossier.markdown.WikiLinkRef;
import dossier.model.Dossier;
import dossier.model.Entity;
import dossier.model.LinkTarget;
import dossier.model.Page;
import dossier.model.PageCitations;
import dossier.model.Resolution;
import dossier.model.ResolvedCitation;
import dossier.model.ResolvedExcerpt;
import dossier.source.SourceRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers the Markdown renderer's questions about one page from the resolved model. Rendering
 * starts only when everything resolved, so an unresolved reference here is a bug, said as such.
 */
final class PageLinker implements CitationLinker {
    private final Page page;
    private final Dossier dossier;
    private final PageCitations citations;
    private final List<Resolution<Entity>> wikiLinks;
    private final ChicagoNotes notes;
    /** The model's link targets by url as written, made on the first link to a Markdown file. */
    private Map<String, LinkTarget> linkTargets;

    /** @param notes writes each excerpt's "cite this excerpt" note */
    PageLinker(Page page, Dossier dossier, ChicagoNotes notes) {
        this.page = page;
        this.dossier = dossier;
        this.citations = dossier.citations(page);
        this.wikiLinks = dossier.xref().wikiLinks().getOrDefault(page.path(), List.of());
        this.notes = notes;
    }

    @Override
    public String wikiLink(WikiLinkRef link) {
        return wikiLink(link.ordinal());
    }

    /** The answer for the page's wiki-link of this ordinal: all that a body's render asks of it. */
    String wikiLink(int ordinal) {
        return page.rootPath() + resolved(wikiLinks.get(ordinal), "wiki-link").page().uri();
    }

    @Override
    public ExcerptLink excerpt(Excerpt excerpt) {
        return excerpt(excerpt.ordinal());
    }

    /** The answer for the page's excerpt of this ordinal: all that a body's render asks of it. */
    ExcerptLink excerpt(int ordinal) {
        ResolvedExcerpt resolved = resolved(citations.excerpts().get(ordinal), "excerpt");
        SourceRecord source = resolved.source();
        int number = citations.referenceNumber(source);
        String url = source.url().value();
        return new ExcerptLink(resolved.anchor(), number, "#ref-" + number, source.displayTitle(),
                paragraphHref(source, resolved.paragraph()), resolved.paragraph(), url,
                url == null ? null : TextFragment.href(url, resolved.passages()), notes.excerpt(resolved));
    }

    @Override
    public CitationLink citation(int ordinal) {
        ResolvedCitation resolved = resolved(citations.citations().get(ordinal), "citation");
        int number = citations.referenceNumber(resolved.source());
        if (resolved.paragraph() == 0) {
            return new CitationLink(number, "#ref-" + number, null, null);
        }
        return new CitationLink(number, "#ref-" + number, paragraphHref(resolved.source(), resolved.paragraph()), resolved.paragraphLabel());
    }

    /** A link to a page's Markdown file is drawn to the page; every other link as written. */
    @Override
    public String href(String url) {
        if (withoutQueryOrFragment(url).endsWith(".md")
                && target(url) instanceof LinkTarget.InSite site && site.page().isPresent()) {
            return page.rootPath() + site.path() + (site.fragment() == null ? "" : "#" + site.fragment());
        }
        return url;
    }

    /**
     * Where a link leads, as the model resolved it for this page (the same answer: a pure function
     * of the page and the url), resolved again only for a url the model saw written otherwise.
     */
    private LinkTarget target(String url) {
        if (linkTargets == null) {
            linkTargets = new HashMap<>();
            citations.links().forEach(link -> linkTargets.putIfAbsent(link.url(), link.target()));
        }
        LinkTarget target = linkTargets.get(url);
        return target != null ? target : dossier.link(page, url);
    }

    /** The url without "?…" or "#…"; most have neither, and are not run through the regular expression. */
    private static String withoutQueryOrFragment(String url) {
        return url.indexOf('?') < 0 && url.indexOf('#') < 0 ? url : url.replaceFirst("[?#].*$", "");
    }

    private String paragraphHref(SourceRecord source, int paragraph) {
        return page.rootPath() + Dossier.sourceUri(source) + "#p" + paragraph;
    }

    private <T> T resolved(Resolution<T> resolution, String what) {
        return resolution.target().orElseThrow(() -> new IllegalStateException(
                "rendering " + page.path() + " with an unresolved " + what + ": " + resolution));
    }
}
