package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Span;
import dossier.diag.Suggestions;
import dossier.markdown.AccountFields;
import dossier.markdown.AccountsFields;
import dossier.markdown.CitationFact;
import dossier.markdown.CitationGrammar;
import dossier.markdown.CitationItem;
import dossier.markdown.EventFields;
import dossier.markdown.FieldText;
import dossier.markdown.PageFields;
import dossier.markdown.ExcerptFact;
import dossier.markdown.LinkFact;
import dossier.markdown.Locator;
import dossier.markdown.ParsedPage;
import dossier.markdown.QuoteFact;
import dossier.model.internal.ExcerptLocator;
import dossier.source.MatchText;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the {@link Dossier} in two passes: first every id and page is registered (duplicates are
 * reported), then every excerpt, citation and link is resolved against what was registered. Every
 * page is resolved and checked, drafts and pages with broken front matter too; only what is
 * published feeds the indexes readers see.
 */
public final class ModelBuilder {
    private final Report report;
    private final boolean publishDrafts;
    private final ExcerptLocator locator;
    private final Optional<ModelMemo> memo;
    /** The ordinal of an account's words, proven as an excerpt of no ordinal (it follows no commentary). */
    private static final int ACCOUNT = -1;

    /** @param publishDrafts whether drafts are published too (a preview with {@code serve --drafts}) */
    public ModelBuilder(Report report, boolean publishDrafts) {
        this(report, publishDrafts, Optional.empty());
    }

    /** @param memo what the last builds of this process left to reuse ({@code serve}), if anything */
    public ModelBuilder(Report report, boolean publishDrafts, Optional<ModelMemo> memo) {
        this.report = report;
        this.publishDrafts = publishDrafts;
        this.memo = memo;
        this.locator = memo.map(m -> new ExcerptLocator(m::normalised)).orElseGet(ExcerptLocator::new);
    }

    public ModelBuilder(Report report) {
        this(report, false);
    }

    /**
     * @param fileTargets output paths of every page file and asset found, including pages that
     *                    failed to parse, so that links to them are not reported a second time
     */
    public Dossier build(List<SourceRecord> records, List<ParsedPage> parsedPages, Set<String> fileTargets) {
        return build(records, Map.of(), parsedPages, fileTargets);
    }

    /**
     * @param unloaded id → record file of every source record that failed to load (its errors are
     *                 reported): references to those ids are not unknown sources, and are reported
     *                 once per source instead of at every citation
     */
    public Dossier build(List<SourceRecord> records, Map<String, String> unloaded, List<ParsedPage> parsedPages, Set<String> fileTargets) {
        memo.ifPresent(ModelMemo::begin);
        Map<String, SourceRecord> sources = registerSources(records);
        Unloaded failed = Unloaded.sources(unloaded);
        List<LoadedPage> loaded = registerPages(parsedPages, sources, failed);
        List<Page> all = loaded.stream().map(LoadedPage::page).toList();
        List<Page> published = all.stream().filter(Page::published).toList();
        List<SourceRecord> ordered = sources.values().stream().sorted(Dossier.BY_DATE).toList();
        LinkResolver links = new LinkResolver(all, linkTargets(fileTargets, ordered, published));

        Map<String, PageCitations> citations = new LinkedHashMap<>();
        for (LoadedPage page : loaded) {
            citations.put(page.page().path(), resolve(page, sources, failed, links));
        }
        Map<String, Map<Integer, List<ResolvedExcerpt>>> citing = new TreeMap<>();
        Map<String, Set<Integer>> cited = new TreeMap<>();
        Map<String, List<Page>> citingPages = new TreeMap<>();
        for (Page page : published) {
            PageCitations resolved = citations.get(page.path());
            resolved.references().forEach(s -> citingPages.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(page));
            for (ResolvedExcerpt excerpt : resolved.provenExcerpts()) {
                for (int n = excerpt.paragraph(); n <= excerpt.lastParagraph(); n++) {
                    citing.computeIfAbsent(excerpt.source().id(), k -> new TreeMap<>())
                            .computeIfAbsent(n, k -> new ArrayList<>()).add(excerpt);
                    cited.computeIfAbsent(excerpt.source().id(), k -> new TreeSet<>()).add(n);
                }
            }
            for (Resolution<ResolvedCitation> citation : resolved.citations()) {
                citation.target().ifPresent(c -> citeParagraphs(cited, c.source(), c.paragraph(), c.lastParagraph()));
            }
            // an account links to its paragraphs on the source page, so the source page shows them
            resolved.eventAccounts().forEach(accounts -> accounts.forEach(a -> citeParagraphs(cited, a.source(),
                    a.words().paragraph(), a.words().lastParagraph())));
            resolved.accounts().forEach(a -> citeParagraphs(cited, a.source(), a.words().paragraph(), a.words().lastParagraph()));
        }
        CrossReferences xref = new CrossReferenceBuilder(report, failed, memo).build(loaded, citations, sources, ordered,
                unparsedEntityPages(fileTargets, all));
        xref.events().forEach(e -> citeParagraphs(cited, e.citation().source(), e.citation().paragraph(), e.citation().lastParagraph()));
        xref.figures().forEach(f -> citeParagraphs(cited, f.citation().source(), f.citation().paragraph(), f.citation().lastParagraph()));
        failed.reportTo(report);
        return new Dossier(ordered, sources, published, all.stream().filter(p -> p.draft() && !p.published()).toList(), all,
                citations, citing, cited, citingPages, links, xref);
    }

    /** Entity pages found on disk (their output paths are among the file targets) that did not parse. */
    private static List<String> unparsedEntityPages(Set<String> fileTargets, List<Page> loaded) {
        Set<String> uris = new HashSet<>();
        loaded.forEach(p -> uris.add(p.uri()));
        return fileTargets.stream().filter(t -> t.startsWith("entities/") && t.endsWith(".html") && !uris.contains(t))
                .sorted().map(t -> "content/" + t.substring(0, t.length() - ".html".length()) + ".md").toList();
    }

    private static Set<String> linkTargets(Set<String> fileTargets, List<SourceRecord> sources, List<Page> published) {
        Set<String> targets = new HashSet<>(fileTargets);
        sources.forEach(s -> targets.add(Dossier.sourceUri(s)));
        targets.addAll(List.of("index.html", Dossier.ENTITIES_URI, Dossier.TIMELINE_URI, Dossier.FIGURES_URI, Dossier.GRAPH_URI, Dossier.TAGS_URI, Dossier.CORRECTIONS_URI,
                Dossier.SEARCH_URI));
        published.forEach(p -> p.tags().forEach(tag -> targets.add(Dossier.tagUri(tag))));
        return targets;
    }

    private static void citeParagraphs(Map<String, Set<Integer>> cited, SourceRecord source, int first, int last) {
        for (int n = Math.max(first, 1); n <= last; n++) {
            cited.computeIfAbsent(source.id(), k -> new TreeSet<>()).add(n);
        }
    }

    // ---- pass 1: register ----

    private Map<String, SourceRecord> registerSources(List<SourceRecord> records) {
        Map<String, SourceRecord> byId = new LinkedHashMap<>();
        for (SourceRecord record : records) {
            SourceRecord first = byId.putIfAbsent(record.id(), record);
            if (first != null) {
                report.error("duplicate-id", record.path(), record.idPosition(),
                        "duplicate source id '" + record.id() + "': already used by " + first.path() + ":" + first.idPosition().line());
            }
        }
        return byId;
    }

    private List<LoadedPage> registerPages(List<ParsedPage> parsedPages, Map<String, SourceRecord> sources, Unloaded failed) {
        PageReader reader = new PageReader(report, sources, failed, publishDrafts);
        Map<String, LoadedPage> byUri = new LinkedHashMap<>();
        Map<String, String> sourcePages = new HashMap<>();
        sources.values().forEach(s -> sourcePages.put(Dossier.sourceUri(s), s.id()));
        for (ParsedPage parsed : parsedPages) {
            LoadedPage page = reader.read(parsed);
            String uri = page.page().uri();
            if (sourcePages.containsKey(uri)) {
                report.error("duplicate-page", parsed.path(), Position.START,
                        "page would be written to " + uri + ", the page of source '" + sourcePages.get(uri) + "'; move or rename it");
                continue;
            }
            LoadedPage first = byUri.putIfAbsent(uri, page);
            if (first != null) {
                report.error("duplicate-page", parsed.path(), Position.START,
                        "page would be written to " + uri + ", as is " + first.page().path());
            }
        }
        return List.copyOf(byUri.values());
    }

    /** Where a page file is written: content/index.md → index.html, content/a/b.md → a/b.html. */
    public static String uri(String path) {
        String relative = path.substring(path.indexOf('/') + 1);
        return relative.substring(0, relative.length() - ".md".length()) + ".html";
    }

    // ---- pass 2: resolve ----

    private PageCitations resolve(LoadedPage loaded, Map<String, SourceRecord> sources, Unloaded failed, LinkResolver links) {
        Page page = loaded.page();
        ParsedPage parsed = loaded.facts();
        List<Resolution<ResolvedExcerpt>> excerpts = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        Keys keys = new Keys(page, sources, failed, loaded.unknownSource());
        for (ExcerptFact fact : parsed.excerpts()) {
            excerpts.add(resolveExcerpt(page, fact, keys, anchors));
        }
        List<Resolution<ResolvedCitation>> citations = new ArrayList<>();
        for (CitationFact fact : parsed.citations()) {
            citations.add(resolveCitation(page, fact, keys));
        }
        List<SourceRecord> references = new ArrayList<>();
        for (String key : parsed.citedKeys()) {
            Optional.ofNullable(sources.get(key)).filter(s -> !references.contains(s)).ifPresent(references::add);
        }
        if (page.sourceId() != null && !references.contains(sources.get(page.sourceId()))) {
            references.add(0, sources.get(page.sourceId()));
        }
        List<ResolvedLink> resolvedLinks = new ArrayList<>();
        for (LinkFact link : parsed.links()) {
            resolvedLinks.add(new ResolvedLink(link.url(), link.position(), link.context(), links.resolve(page.uri(), link.url())));
        }
        List<Quotation> quotations = new ArrayList<>();
        for (QuoteFact quote : parsed.quotes()) {
            quotations.add(new Quotation(quote.words(), quote.position(), quote.citationOrdinals().stream()
                    .map(i -> i < citations.size() ? citations.get(i) : Resolution.<ResolvedCitation>unresolved("no such citation"))
                    .toList(), quote.attributed()));
        }
        List<List<Account>> eventAccounts = new ArrayList<>();
        List<Account> accounts = List.of();
        Optional<PageFields> fields = parsed.fields();
        if (fields.isPresent()) {
            for (EventFields event : fields.get().events()) {
                eventAccounts.add(event.accounts().map(a -> resolveAccounts(page, a, keys, anchors, quotations)).orElse(List.of()));
            }
            if (page.kind() == PageKind.ENTITY) {
                accounts = fields.get().accounts().map(a -> resolveAccounts(page, a, keys, anchors, quotations)).orElse(List.of());
            }
        }
        return new PageCitations(excerpts, citations, references, resolvedLinks, quotations, eventAccounts, accounts);
    }

    /**
     * The accounts of one list, side by side. Each account's words are proven as an excerpt is (the
     * same locator, the same diagnostics), and the words its notes put in quotation marks are
     * checked as commentary's are, against the paragraphs the account cites. An account of one
     * source alone is a citation: a list needs two sources, or two parties one source attributes
     * its accounts to ({@code via}), which is reported only once every account resolved.
     */
    private List<Account> resolveAccounts(Page page, AccountsFields list, Keys keys, Set<String> anchors, List<Quotation> quotations) {
        List<Account> accounts = new ArrayList<>();
        boolean complete = true;
        for (AccountFields written : list.items()) {
            Optional<CitationItem> item = written.source().flatMap(s -> CitationGrammar.single(s.value()));
            if (written.source().isPresent() && item.isEmpty()) {
                report.error("bad-citation", page.path(), written.source().get().at(),
                        "cannot read the citation '" + written.source().get().value() + "': write it as [@source-id, ¶N]");
            }
            if (item.isEmpty() || written.words().isEmpty()) {
                complete = false;
                continue;
            }
            FieldText source = written.source().get();
            Optional<CitationGrammar.ItemOffsets> offsets = CitationGrammar.singleOffsets(source.value()).filter(o -> source.text() != null);
            ExcerptFact fact = new ExcerptFact(ACCOUNT, item.get().key(), item.get().locator(), written.words(), written.wordsAt(),
                    source.at(), offsets.map(o -> source.text().part(o.keyStart(), o.keyEnd())).orElse(null),
                    offsets.map(o -> source.text().part(o.locatorStart(), o.locatorEnd())).orElse(null));
            Optional<ResolvedExcerpt> words = resolveExcerpt(page, fact, keys, anchors).target();
            if (words.isEmpty()) {
                complete = false;
                continue;
            }
            Account account = new Account(words.get(), value(written.speaker()), value(written.via()), value(written.omits()), written.at());
            accounts.add(account);
            ResolvedCitation cited = new ResolvedCitation(page, account.source(), words.get().paragraph(), words.get().lastParagraph(),
                    written.at());
            for (Optional<FieldText> note : List.of(written.speaker(), written.via(), written.omits())) {
                note.ifPresent(text -> text.quotations().forEach(q -> quotations.add(
                        new Quotation(q.words(), q.position(), List.of(Resolution.of(cited)), q.attributed()))));
            }
        }
        Set<String> distinct = new TreeSet<>();
        accounts.forEach(a -> distinct.add(a.source().id() + "\n" + (a.via() == null ? "" : a.via().strip().toLowerCase(java.util.Locale.ROOT))));
        if (complete && distinct.size() < 2) {
            Set<String> ids = new TreeSet<>();
            accounts.forEach(a -> ids.add("'" + a.source().id() + "'"));
            report.error("accounts-one-source", page.path(), list.at(), accounts.isEmpty() ? "accounts side by side list no account"
                            : "accounts side by side need two sources, but " + (accounts.size() == 1 ? "the one account cites "
                            : "all " + accounts.size() + " accounts cite ") + String.join(", ", ids)
                            + (accounts.size() > 1 ? " and name the same party (via)" : ""),
                    "an account of one source is a citation: cite it in the event's source; or add another source's account, "
                            + "or, for two parties one report quotes, say whom each account is from (via)");
        }
        return accounts;
    }

    private static String value(Optional<FieldText> text) {
        return text.map(FieldText::value).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    }

    private Resolution<ResolvedExcerpt> resolveExcerpt(Page page, ExcerptFact fact, Keys keys, Set<String> anchors) {
        SourceRecord source = keys.known(fact.key(), fact.keyPosition(), fact.keySpan());
        if (source == null) {
            return Resolution.unresolved("unknown source '" + fact.key() + "'");
        }
        Optional<Locator> wanted = CitedParagraphs.check(fact.locator(), source, page.path(), fact.keyPosition(), report);
        if (wanted.isEmpty()) {
            return Resolution.unresolved("bad locator");
        }
        int quoted = fact.quoteParagraphs().size();
        if (wanted.get() instanceof Locator.Paragraphs range && range.isRange() && range.last() - range.first() + 1 != quoted) {
            report.error("excerpt-range", page.path(), fact.keyPosition(), "the key names " + (range.last() - range.first() + 1)
                            + " paragraphs (" + range.label() + ") but the excerpt quotes " + quoted,
                    fact.ordinal() == ACCOUNT ? "give an account's words as a list, one item per source paragraph"
                            : "mark each paragraph break of the source with a line holding only '>', one quoted paragraph per source paragraph");
            return Resolution.unresolved("range does not match the quote");
        }
        // compared in MatchText form, and the anchor is made of the same form: normalised once
        List<String> quotes = fact.quoteParagraphs().stream().map(MatchText::of).toList();
        OptionalInt found = locator.locate(page.path(), fact, quotes, source, CitedParagraphs.first(wanted.get()), report);
        if (found.isEmpty()) {
            return Resolution.unresolved("not verbatim");
        }
        int start = found.getAsInt();
        if (quoted > 1 && !CitedParagraphs.isRange(wanted.get())) {
            String range = new Locator.Paragraphs(start, start + quoted - 1).label();
            report.error("excerpt-range", page.path(), fact.keyPosition(),
                    "the excerpt runs across " + range + " of '" + source.id() + "': its key must name them",
                    "change the key to [@" + source.id() + ", " + range + "]");
            return Resolution.unresolved("range not declared");
        }
        String anchor = anchor(source, quotes);
        String unique = anchor;
        for (int i = 2; !anchors.add(unique); i++) {
            unique = anchor + "-" + i;
        }
        return Resolution.of(new ResolvedExcerpt(page, fact.quoteParagraphs(), fact.position(), source, start, unique));
    }

    private Resolution<ResolvedCitation> resolveCitation(Page page, CitationFact fact, Keys keys) {
        if (fact.key().isEmpty() && fact.locator() instanceof Locator.Unreadable unreadable) {
            report.error("bad-citation", page.path(), fact.position(), unreadable.message());
            return Resolution.unresolved("unreadable");
        }
        SourceRecord source = keys.known(fact.key(), fact.position(), fact.keySpan());
        if (source == null) {
            return Resolution.unresolved("unknown source '" + fact.key() + "'");
        }
        Optional<Locator> named = CitedParagraphs.check(fact.locator(), source, page.path(), fact.position(), report);
        if (named.isEmpty() || !CitedParagraphs.notExcluded(named.get(), source, page.path(), fact.position(), report)) {
            return Resolution.unresolved("bad or excluded paragraph");
        }
        return Resolution.of(new ResolvedCitation(page, source, CitedParagraphs.first(named.get()), CitedParagraphs.last(named.get()),
                fact.position()));
    }

    /**
     * The sources a page's keys name; an unknown key is reported, unless its front matter already
     * said so or it names a record that failed to load.
     */
    private final class Keys {
        private final Page page;
        private final Map<String, SourceRecord> sources;
        private final Unloaded failed;
        private final Optional<String> reported;

        Keys(Page page, Map<String, SourceRecord> sources, Unloaded failed, Optional<String> reported) {
            this.page = page;
            this.sources = sources;
            this.failed = failed;
            this.reported = reported;
        }

        /** Ids of loaded records and of records that failed to load: a typo of either deserves a suggestion. */
        private Set<String> knownKeys() {
            Set<String> keys = new TreeSet<>(sources.keySet());
            keys.addAll(failed.keys());
            return keys;
        }

        /**
         * The source, or null after reporting that there is none.
         *
         * @param keySpan where the key stands after its @ (null when not known): the diagnostic's
         *                span ends there, and a fix renames it to the one known key close to it
         */
        SourceRecord known(String key, Position at, Span keySpan) {
            SourceRecord source = sources.get(key);
            if (source == null && !failed.explains(key, key, page.path(), at) && !reported.filter(key::equals).isPresent()) {
                Set<String> known = knownKeys();
                report.error("unknown-source", page.path(), at, keySpan == null ? null : keySpan.end(),
                        "unknown source key '@" + key + "'" + Suggestions.didYouMean(key, known),
                        SourceRecordReader.ID.matcher(key).matches() ? null
                                : "source ids are lowercase ASCII letters, digits and hyphens",
                        keySpan == null ? null : Suggestions.fix(key, known, keySpan.start(), keySpan.end()).orElse(null));
            }
            return source;
        }
    }

    /** Depends only on the source and the quoted words, so links to an excerpt survive edits elsewhere. */
    private static String anchor(SourceRecord source, List<String> matchQuotes) {
        return StableId.of("x-", source.id() + "\n" + String.join("\n", matchQuotes));
    }
}
