package dossier.render;

import dossier.markdown.MarkdownProcessor;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageCitations;
import dossier.model.ResolvedExcerpt;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the per-page view records from the model; Markdown bodies are rendered here, once each. */
final class ViewFactory {
    private final Dossier dossier;
    private final MarkdownProcessor markdown;

    ViewFactory(Dossier dossier, MarkdownProcessor markdown) {
        this.dossier = dossier;
        this.markdown = markdown;
    }

    Views.Home home(Page page) {
        List<Views.ArticleItem> items = dossier.articlesByDate().stream().map(this::item).toList();
        List<Views.Link> sources = dossier.sources().stream()
                .map(s -> new Views.Link(s.displayTitle(), page.rootPath() + Dossier.sourceUri(s))).toList();
        return new Views.Home(page.title(), body(page), items, sources, references(page));
    }

    Views.Article article(Page page) {
        SourceRecord source = dossier.source(page.sourceId()).orElseThrow();
        return new Views.Article(page.title(), page.summary(), date(source.date()), source.displayTitle(),
                page.rootPath() + Dossier.sourceUri(source), page.tags(), body(page), references(page));
    }

    Views.Basic basic(Page page) {
        return new Views.Basic(page.title(), body(page), references(page));
    }

    Views.Source source(SourceRecord source) {
        String root = "../";
        Map<Integer, List<ResolvedExcerpt>> citing = dossier.citingExcerpts().getOrDefault(source.id(), Map.of());
        Set<Integer> cited = dossier.citedParagraphs().getOrDefault(source.id(), Set.of());
        List<Views.ParagraphView> shown = new ArrayList<>();
        List<Views.ParagraphView> excluded = new ArrayList<>();
        int lastShown = 0;
        for (Paragraph p : source.paragraphs()) {
            List<Views.Link> citedBy = citing.getOrDefault(p.number(), List.of()).stream()
                    .map(x -> new Views.Link(x.page().title(), root + x.page().uri() + "#" + x.anchor())).toList();
            if (p.isExcluded()) {
                excluded.add(new Views.ParagraphView(p.number(), p.anchor(), p.kind(), null, p.excludedReason(), 0, citedBy));
            } else if (source.fullText() || cited.contains(p.number())) {
                shown.add(new Views.ParagraphView(p.number(), p.anchor(), p.kind(), p.text(), null,
                        omitted(source, lastShown, p.number()), citedBy));
                lastShown = p.number();
            }
        }
        int omittedAfter = omitted(source, lastShown, source.paragraphs().size() + 1);
        List<Views.Link> citingPages = dossier.citingPages().getOrDefault(source.id(), List.of()).stream()
                .map(page -> new Views.Link(page.title(), root + page.uri())).toList();
        String archiveFile = source.archivePath().substring(source.archivePath().lastIndexOf('/') + 1);
        return new Views.Source(source.id(), source.displayTitle(), CitationStyle.format(source), metadata(source),
                source.fullText(), shown, omittedAfter, source.paragraphs().size(), excluded, citingPages,
                archiveFile, source.fullText() ? "archive/" + archiveFile : null, source.sha256(), source.format());
    }

    /** Paragraphs strictly between two shown ones that are not reproduced (excluded ones are listed apart). */
    private static int omitted(SourceRecord source, int after, int before) {
        int count = 0;
        for (int n = after + 1; n < before; n++) {
            if (!source.paragraph(n).orElseThrow().isExcluded()) {
                count++;
            }
        }
        return count;
    }

    private List<Views.MetaRow> metadata(SourceRecord s) {
        List<Views.MetaRow> rows = new ArrayList<>();
        rows.add(row("Title", s.title(), s.title().value(), null));
        rows.add(row("Publisher", s.publisher(), s.publisher().value(), null));
        rows.add(row("Author", s.author(), s.author().value(), null));
        rows.add(row("Date", s.date(), s.date().optional().map(PartialDate::display).orElse(null), null));
        rows.add(row("Original address", s.url(), s.url().value(), s.url().value()));
        rows.add(row("Language", s.language(), s.language().value(), null));
        rows.add(row("Accessed", s.accessed(), s.accessed().optional().map(PartialDate::display).orElse(null), null));
        return rows;
    }

    private static Views.MetaRow row(String label, MetaField<?> field, String value, String href) {
        return new Views.MetaRow(label, value, href, field.provenance().label(), field.note());
    }

    private Views.ArticleItem item(Page article) {
        SourceRecord source = dossier.source(article.sourceId()).orElseThrow();
        int excerpts = (int) dossier.citations(article).excerpts().stream().filter(x -> x != null).count();
        return new Views.ArticleItem(article.title(), article.uri(), article.summary(), date(source.date()),
                source.displayTitle(), article.tags(), excerpts);
    }

    private static Views.DateView date(MetaField<PartialDate> date) {
        if (!date.isKnown()) {
            return new Views.DateView("undated", "", "missing", date.note());
        }
        String mark = date.isEditorial() ? date.provenance().label() : "";
        return new Views.DateView(date.value().display(), date.value().iso(), mark, date.note());
    }

    private String body(Page page) {
        return markdown.render(page.parsed(), new PageLinker(page, dossier.citations(page)));
    }

    private List<Views.Reference> references(Page page) {
        PageCitations citations = dossier.citations(page);
        List<Views.Reference> refs = new ArrayList<>();
        for (int i = 0; i < citations.references().size(); i++) {
            SourceRecord source = citations.references().get(i);
            refs.add(new Views.Reference(i + 1, "ref-" + (i + 1), CitationStyle.format(source),
                    page.rootPath() + Dossier.sourceUri(source)));
        }
        return refs;
    }
}
