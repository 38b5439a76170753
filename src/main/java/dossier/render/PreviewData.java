package dossier.render;

import dossier.markdown.CitationLinker;
import dossier.model.Account;
import dossier.model.Dossier;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Figure;
import dossier.model.LinkTarget;
import dossier.model.Mention;
import dossier.model.Page;
import dossier.model.PageCitations;
import dossier.model.Quotation;
import dossier.model.QuotedPassage;
import dossier.model.ResolvedCitation;
import dossier.model.ResolvedExcerpt;
import dossier.model.Resolution;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import dossier.source.TextSpan;
import dossier.text.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a page's previews show, as JSON for a {@code <script type="application/json">} in the page
 * itself (a page opened from disk may not fetch a file): per place that cites (an excerpt, an inline
 * citation, an account, by its fragment id), the source and paragraphs it cites with the words it
 * quotes; per cited source, its title, publisher, date and author with their provenance; per cited
 * paragraph, its text, once; per page the body links to, its title, kind and summary. Only what
 * this page uses, so that the page stays small.
 */
final class PreviewData {
    /** A citation of a long range previews its first paragraphs only; the source page has the rest. */
    static final int MAX_PARAGRAPHS = 3;

    private final Dossier dossier;
    private final List<Page> articlesByDate;
    /** Each article's place in {@link #articlesByDate}, by path. */
    private final Map<String, Integer> placeByDate = new java.util.HashMap<>();

    PreviewData(Dossier dossier) {
        this.dossier = dossier;
        this.articlesByDate = dossier.articlesByDate();
        for (int i = 0; i < articlesByDate.size(); i++) {
            placeByDate.put(articlesByDate.get(i).path(), i);
        }
    }

    /** A cited passage: the paragraphs [first, last] of a source, and the ranges quoted from them. */
    private record Cited(SourceRecord source, int first, int last, List<int[]> quoted) {
    }

    /** What one page's previews need, gathered before it is written out. */
    private final class Collected {
        final String root;
        /** Citing places by fragment id. */
        final Map<String, Cited> places = new LinkedHashMap<>();
        /** Links to source paragraphs outside a citing place, by address as written: their marks merged. */
        final Map<String, Cited> links = new TreeMap<>();
        /** Linked pages by address from the site root. */
        final Map<String, Page> pages = new TreeMap<>();

        Collected(String root) {
            this.root = root;
        }

        void link(SourceRecord source, int first, int last, List<int[]> quoted) {
            if (first <= 0) {
                return;
            }
            String href = root + Dossier.sourceUri(source) + "#p" + first;
            Cited known = links.get(href);
            List<int[]> marks = new ArrayList<>(known == null ? List.of() : known.quoted());
            marks.addAll(quoted);
            links.put(href, new Cited(source, first, Math.max(last, known == null ? last : known.last()), marks));
        }

        void account(Account a) {
            link(a.source(), a.words().paragraph(), a.words().lastParagraph(), cited(a.words()).quoted());
        }

        void page(Page target) {
            pages.put(target.uri(), target);
        }
    }

    /** An article's, an entity's or another written page's: what its body cites and links to. */
    Views.Previews page(Page page) {
        Collected c = new Collected(page.rootPath());
        PageCitations citations = dossier.citations(page);
        for (ResolvedExcerpt excerpt : citations.provenExcerpts()) {
            c.places.put(excerpt.anchor(), cited(excerpt));
        }
        Map<ResolvedCitation, List<String>> quotedBefore = quotedWords(citations);
        for (int i = 0; i < citations.citations().size(); i++) {
            Optional<ResolvedCitation> citation = citations.citations().get(i).target();
            if (citation.isPresent() && citation.get().paragraph() > 0) {
                ResolvedCitation r = citation.get();
                c.places.put(CitationLinker.citationId(i), new Cited(r.source(), r.paragraph(), r.lastParagraph(),
                        locate(r.source(), r.paragraph(), r.lastParagraph(), quotedBefore.getOrDefault(r, List.of()))));
            }
        }
        List<Account> accounts = new ArrayList<>(citations.accounts());
        citations.eventAccounts().forEach(accounts::addAll);
        accounts.forEach(a -> c.places.putIfAbsent(a.words().anchor(), cited(a.words())));
        // an entity page lists the source paragraphs that name it: their previews mark the name
        for (Mention m : dossier.xref().mentions().getOrDefault(page.path(), List.of())) {
            c.link(m.source(), m.paragraph(), m.paragraph(), List.<int[]>of(new int[] {m.paragraph(), m.start(), m.end()}));
        }
        dossier.xref().wikiLinks().getOrDefault(page.path(), List.of()).forEach(r -> r.target().ifPresent(e -> c.page(e.page())));
        for (var link : citations.links()) {
            if (link.target() instanceof LinkTarget.InSite site && site.page().isPresent() && !site.page().get().equals(page)) {
                c.page(site.page().get());
            }
        }
        // the earlier and later articles, whose links at the end give only their titles
        Integer at = placeByDate.get(page.path());
        if (at != null) {
            for (int next : new int[] {at - 1, at + 1}) {
                if (next >= 0 && next < articlesByDate.size()) {
                    c.page(articlesByDate.get(next));
                }
            }
        }
        return write(c);
    }

    /** The timeline's: each event's cited paragraph, its accounts' words marked, and the page that dates it. */
    Views.Previews timeline(List<Event> events, String root) {
        Collected c = new Collected(root);
        for (Event e : events) {
            c.link(e.citation().source(), e.citation().paragraph(), e.citation().lastParagraph(), List.of());
            e.accounts().forEach(c::account);
            c.page(e.page());
        }
        return write(c);
    }

    /** The figures page's: each figure's cited paragraph and the page that states it. */
    Views.Previews figures(List<Figure> figures, String root) {
        Collected c = new Collected(root);
        for (Figure f : figures) {
            c.link(f.citation().source(), f.citation().paragraph(), f.citation().lastParagraph(), List.of());
            c.page(f.page());
        }
        return write(c);
    }

    /** A source page's: the pages that quote and cite it. */
    Views.Previews source(SourceRecord source, String root) {
        Collected c = new Collected(root);
        dossier.citingPages().getOrDefault(source.id(), List.of()).forEach(c::page);
        return write(c);
    }

    private Views.Previews write(Collected c) {
        String root = c.root;
        Map<String, SourceRecord> sources = new TreeMap<>();
        Map<String, String> paragraphs = new TreeMap<>();
        List<Cited> all = new ArrayList<>(c.places.values());
        all.addAll(c.links.values());
        all.forEach(cited -> {
            sources.put(cited.source().id(), cited.source());
            for (int n = cited.first(); n <= shownLast(cited); n++) {
                cited.source().paragraph(n).ifPresent(p -> paragraphs.put(cited.source().id() + "#" + p.number(), p.text()));
            }
        });

        StringBuilder json = new StringBuilder(4096).append("{\"root\":").append(Json.quoteForScript(root));
        json.append(",\"cites\":");
        cites(json, c.places);
        json.append(",\"links\":");
        cites(json, c.links);
        json.append(",\"sources\":{");
        String comma = "";
        for (SourceRecord s : sources.values()) {
            json.append(comma).append(Json.quoteForScript(s.id())).append(":{\"t\":").append(Json.quoteForScript(s.displayTitle()))
                    .append(",\"h\":").append(Json.quoteForScript(root + Dossier.sourceUri(s)))
                    .append(",\"o\":").append(s.url().optional().map(Json::quoteForScript).orElse("null"))
                    .append(",\"m\":[");
            String inner = "";
            inner = field(json, inner, "Publisher", s.publisher(), s.publisher().optional().orElse(null));
            inner = field(json, inner, "Date", s.date(), s.date().optional().map(d -> d.display()).orElse(null));
            field(json, inner, "Author", s.author(), s.author().optional().orElse(null));
            json.append("]}");
            comma = ",";
        }
        json.append("},\"paras\":{");
        comma = "";
        for (Map.Entry<String, String> p : paragraphs.entrySet()) {
            json.append(comma).append(Json.quoteForScript(p.getKey())).append(':').append(Json.quoteForScript(p.getValue()));
            comma = ",";
        }
        json.append("},\"pages\":{");
        comma = "";
        for (Page target : c.pages.values()) {
            Entity entity = dossier.xref().entityByPath().get(target.path());
            json.append(comma).append(Json.quoteForScript(root + target.uri())).append(":{\"t\":").append(Json.quoteForScript(target.title()))
                    .append(",\"k\":").append(Json.quoteForScript(entity != null ? entity.kind().label() : target.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(",\"d\":").append(Json.quoteForScript(target.summary() == null ? "" : target.summary())).append('}');
            comma = ",";
        }
        return new Views.Previews(json.append("}}").toString());
    }

    /** Cited passages by key: {"key": {"s": source id, "p": [first, last], "q": [[paragraph, start, end], …]}, …}. */
    private static void cites(StringBuilder json, Map<String, Cited> cited) {
        json.append('{');
        String comma = "";
        for (Map.Entry<String, Cited> place : cited.entrySet()) {
            Cited c = place.getValue();
            json.append(comma).append(Json.quoteForScript(place.getKey())).append(":{\"s\":").append(Json.quoteForScript(c.source().id()))
                    .append(",\"p\":[").append(c.first()).append(',').append(c.last()).append("],\"q\":[");
            String inner = "";
            for (int[] q : c.quoted()) {
                json.append(inner).append('[').append(q[0]).append(',').append(q[1]).append(',').append(q[2]).append(']');
                inner = ",";
            }
            json.append("]}");
            comma = ",";
        }
        json.append('}');
    }

    private static int shownLast(Cited c) {
        return Math.min(c.last(), c.first() + MAX_PARAGRAPHS - 1);
    }

    /** A metadata field as [label, value, provenance and basis]: the basis "" for a stated value; nothing when unknown. */
    private static String field(StringBuilder json, String comma, String label, MetaField<?> field, String value) {
        if (value == null) {
            return comma;
        }
        String basis = field.isEditorial() ? CitationStyle.basis(field) : "";
        json.append(comma).append('[').append(Json.quoteForScript(label)).append(',').append(Json.quoteForScript(value))
                .append(',').append(Json.quoteForScript(basis)).append(']');
        return ",";
    }

    private static Cited cited(ResolvedExcerpt excerpt) {
        List<int[]> quoted = new ArrayList<>();
        for (QuotedPassage q : excerpt.passages()) {
            quoted.add(new int[] {q.paragraph().number(), q.start(), q.end()});
        }
        return new Cited(excerpt.source(), excerpt.paragraph(), excerpt.lastParagraph(), quoted);
    }

    /** The words the commentary puts in quotation marks just before each inline citation. */
    private static Map<ResolvedCitation, List<String>> quotedWords(PageCitations citations) {
        Map<ResolvedCitation, List<String>> words = new LinkedHashMap<>();
        for (Quotation quotation : citations.quotations()) {
            for (Resolution<ResolvedCitation> citation : quotation.citations()) {
                citation.target().ifPresent(c -> words.computeIfAbsent(c, k -> new ArrayList<>()).add(quotation.words()));
            }
        }
        return words;
    }

    /** Where each of the quoted words stands in the cited paragraphs (the check has made sure they do, or said otherwise). */
    private static List<int[]> locate(SourceRecord source, int first, int last, List<String> words) {
        List<int[]> quoted = new ArrayList<>();
        for (String w : words) {
            for (int n = first; n <= last; n++) {
                Optional<Paragraph> p = source.paragraph(n);
                Optional<TextSpan> span = p.flatMap(x -> TextSpan.locate(x.text(), w));
                if (span.isPresent()) {
                    quoted.add(new int[] {n, span.get().start(), span.get().end()});
                    break;
                }
            }
        }
        return quoted;
    }
}
