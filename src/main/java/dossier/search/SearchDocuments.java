package dossier.search;

import dossier.model.Account;
import dossier.model.Resolution;
import dossier.model.Dossier;
import dossier.model.Entity;
import dossier.model.Page;
import dossier.model.ResolvedExcerpt;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;
import dossier.text.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dossier.search.SearchDocument.BODY;
import static dossier.search.SearchDocument.HIDDEN;
import static dossier.search.SearchDocument.SHOWN;
import static dossier.search.SearchDocument.SUMMARY;
import static dossier.search.SearchDocument.TITLE;

/**
 * What the search finds, taken from the model: articles, each excerpt and the commentary on it,
 * entities, accounts side by side (the source's words as an excerpt, our notes as commentary), and
 * sources. Of a source only the paragraphs the dossier cites are indexed, as on its
 * page: the publisher's uncited text is never published, not even in the index.
 */
final class SearchDocuments {

    private SearchDocuments() {
    }

    static List<SearchDocument> of(Dossier dossier) {
        return of(dossier, SearchDocuments::quote);
    }

    /** @param quotes a quote's text from its paragraphs, as {@link #quote} makes it (a memo may remember it) */
    static List<SearchDocument> of(Dossier dossier, Function<List<String>, String> quotes) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Page article : dossier.articlesByDate()) {
            article(dossier, article, quotes, docs);
        }
        dossier.xref().entities().forEach(e -> docs.add(entity(e)));
        for (Page page : dossier.pages()) {
            dossier.citations(page).eventAccounts().forEach(accounts -> accounts(page, accounts, quotes, docs));
            accounts(page, dossier.citations(page).accounts(), quotes, docs);
        }
        for (SourceRecord source : dossier.sources()) {
            source(source, dossier.citedParagraphs().getOrDefault(source.id(), Set.of()), docs);
        }
        // numbered kind by kind (within a kind, the order above; one pass, not a sort), so that the
        // browser knows a document's kind from its number and a result group's documents sit together
        List<List<SearchDocument>> byKind = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            byKind.add(new ArrayList<>());
        }
        docs.forEach(d -> byKind.get(d.kind().ordinal()).add(d));
        List<SearchDocument> sorted = new ArrayList<>(docs.size());
        byKind.forEach(sorted::addAll);
        return sorted;
    }

    /** A quote's paragraphs as one text, its white space collapsed. */
    static String quote(List<String> paragraphs) {
        return Whitespace.collapse(String.join("\n\n", paragraphs));
    }

    private static void article(Dossier dossier, Page page, Function<List<String>, String> quotes, List<SearchDocument> docs) {
        SourceRecord source = dossier.source(page.sourceId()).orElseThrow();
        String prose = page.prose();
        docs.add(new SearchDocument(Kind.ARTICLE, page.title(), page.uri(), date(source) + source.displayTitle(),
                List.of(new SearchDocument.Field(page.title(), TITLE, HIDDEN), new SearchDocument.Field(page.summary(), SUMMARY, SHOWN),
                        new SearchDocument.Field(prose, BODY, SHOWN))));
        List<Resolution<ResolvedExcerpt>> excerpts = dossier.citations(page).excerpts();
        List<String> commentary = page.commentaryText();
        for (int i = 0; i < excerpts.size(); i++) {
            ResolvedExcerpt x = excerpts.get(i).target().orElse(null);
            if (x == null) {
                continue;
            }
            String url = page.uri() + "#" + x.anchor();
            String where = x.source().displayTitle() + ", ¶" + x.paragraph();
            String quote = quotes.apply(x.quoteParagraphs());
            docs.add(new SearchDocument(Kind.EXCERPT, page.title(), url, where,
                    List.of(new SearchDocument.Field(quote, BODY, SHOWN))));
            String comment = i < commentary.size() ? commentary.get(i) : "";
            if (!comment.isEmpty()) {
                docs.add(new SearchDocument(Kind.COMMENTARY, page.title(), url, "On " + where,
                        List.of(new SearchDocument.Field(comment, BODY, SHOWN))));
            }
        }
    }

    /** Accounts side by side: the source's words as an excerpt, our notes on them as commentary, at the account's anchor. */
    private static void accounts(Page page, List<Account> accounts, Function<List<String>, String> quotes, List<SearchDocument> docs) {
        for (Account a : accounts) {
            String url = page.uri() + "#" + a.words().anchor();
            String where = a.source().displayTitle() + ", " + a.paragraphLabel();
            String quote = quotes.apply(a.words().quoteParagraphs());
            docs.add(new SearchDocument(Kind.EXCERPT, page.title(), url, where, List.of(new SearchDocument.Field(quote, BODY, SHOWN))));
            String notes = Stream.of(a.speaker(), a.via(), a.omits()).filter(java.util.Objects::nonNull).collect(Collectors.joining(" "));
            if (!notes.isEmpty()) {
                docs.add(new SearchDocument(Kind.COMMENTARY, page.title(), url, "On " + where,
                        List.of(new SearchDocument.Field(notes, BODY, SHOWN))));
            }
        }
    }

    private static SearchDocument entity(Entity entity) {
        Page page = entity.page();
        String aliases = String.join("; ", entity.aliases());
        String prose = page.prose();
        String context = entity.kind().label() + (aliases.isEmpty() ? "" : " · also " + aliases);
        return new SearchDocument(Kind.ENTITY, entity.name(), page.uri(), context,
                List.of(new SearchDocument.Field(String.join(" ", entity.names()), TITLE, HIDDEN),
                        new SearchDocument.Field(page.summary(), SUMMARY, SHOWN), new SearchDocument.Field(prose, BODY, SHOWN)),
                entity.names());
    }

    private static void source(SourceRecord source, Set<Integer> cited, List<SearchDocument> docs) {
        String url = Dossier.sourceUri(source);
        String publisher = source.publisher().optional().orElse("");
        String author = source.author().optional().orElse("");
        String byline = Stream.of(publisher, author).filter(s -> !s.isEmpty()).collect(Collectors.joining(" · "));
        docs.add(new SearchDocument(Kind.SOURCE, source.displayTitle(), url, date(source) + "source record",
                List.of(new SearchDocument.Field(source.displayTitle(), TITLE, HIDDEN), new SearchDocument.Field(byline, SUMMARY, SHOWN))));
        for (int n : new TreeSet<>(cited)) {
            Paragraph p = source.paragraph(n).orElse(null);
            if (p == null || p.isExcluded()) {
                continue;
            }
            docs.add(new SearchDocument(Kind.SOURCE, source.displayTitle() + ", ¶" + n, url + "#" + p.anchor(),
                    publisher, List.of(new SearchDocument.Field(p.text(), BODY, SHOWN))));
        }
    }

    private static String date(SourceRecord source) {
        return source.date().optional().map(PartialDate::display).map(d -> d + " · ").orElse("");
    }
}
