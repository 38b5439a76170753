package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Span;
import dossier.diag.Suggestions;
import dossier.markdown.CorrectionFields;
import dossier.markdown.EventFields;
import dossier.markdown.FieldText;
import dossier.markdown.FigureFields;
import dossier.markdown.PageFields;
import dossier.markdown.WikiLinkFact;
import dossier.model.internal.FirstRanked;
import dossier.model.internal.MentionScanner;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;
import dossier.text.Whitespace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Works out how pages and sources refer to each other: entities and their names, wiki-links,
 * mentions in source paragraphs, backlinks, related articles, tags, the timeline and the figures.
 * Every step is linear in the size of the dossier, except related articles, which skip entities
 * too common to tell articles apart.
 */
final class CrossReferenceBuilder {
    private static final int RELATED = 4;
    private static final int COMMON_ENTITY_LIMIT = 200;
    private static final int CONTEXT = 220;
    /** How much comes before a link's words when its sentence is too long to start from. */
    private static final int LEAD = 60;

    private final Report report;
    private final Unloaded failed;
    private final Optional<ModelMemo> memo;

    CrossReferenceBuilder(Report report, Unloaded failed, Optional<ModelMemo> memo) {
        this.memo = memo;
        this.report = report;
        this.failed = failed;
    }

    /** @param unparsedEntityPages entity page files that did not parse (their errors are reported) */
    CrossReferences build(List<LoadedPage> loaded, Map<String, PageCitations> citations,
                          Map<String, SourceRecord> sources, List<SourceRecord> ordered, List<String> unparsedEntityPages) {
        List<Page> pages = loaded.stream().map(LoadedPage::page).filter(Page::published).toList();
        List<Entity> all = entities(loaded);
        Map<String, Entity> byName = names(all, loaded);
        Unloaded brokenEntities = brokenEntities(loaded, unparsedEntityPages);
        Map<String, Entity> byPath = new LinkedHashMap<>();
        all.forEach(e -> byPath.put(e.page().path(), e));
        List<Entity> entities = all.stream().filter(e -> e.page().published()).toList();

        Map<String, List<Resolution<Entity>>> wikiLinks = new LinkedHashMap<>();
        for (LoadedPage page : loaded) {
            wikiLinks.put(page.page().path(), resolveWikiLinks(page, byName, brokenEntities));
        }
        brokenEntities.reportTo(report);
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Map<Entity, Integer>> coMentions = new LinkedHashMap<>();
        scanMentions(entities, ordered, mentions, coMentions);

        List<Event> events = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        for (LoadedPage page : loaded) {
            events.addAll(events(page, sources, citations.get(page.page().path())));
            figures.addAll(figures(page, sources));
            corrections.addAll(corrections(page));
        }
        // a stable sort: events of the same date stay in the order the editors wrote them (pages in
        // path order, then each page's list), which is the order the sources give them
        List<Event> timeline = events.stream().filter(e -> e.page().published())
                .sorted(Comparator.comparing(Event::date)).toList();

        Map<String, List<Page>> tags = new TreeMap<>();
        for (Page page : pages) {
            page.tags().forEach(tag -> tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(page));
        }
        List<LoadedPage> publishedPages = loaded.stream().filter(p -> p.page().published()).toList();
        return new CrossReferences(entities, byPath, wikiLinks, mentions, backlinks(publishedPages, wikiLinks, citations),
                related(pages, wikiLinks, mentions, entities), tags, timeline,
                figures.stream().filter(f -> f.page().published()).toList(), figures, coMentions,
                corrections.stream().filter(c -> c.page().published())
                        .sorted(Comparator.comparing(Correction::date).reversed().thenComparing(c -> c.page().title())).toList());
    }

    /**
     * The mentions in each paragraph of a record (none in an excluded one); the scanner, which
     * compiles every entity's names, is made only when a record has to be scanned.
     */
    private static final class Scan implements java.util.function.Function<SourceRecord, List<List<MentionScanner.Match>>> {
        private final List<List<String>> names;
        private MentionScanner scanner;

        Scan(List<List<String>> names) {
            this.names = names;
        }

        @Override
        public List<List<MentionScanner.Match>> apply(SourceRecord source) {
            if (scanner == null) {
                scanner = new MentionScanner(names);
            }
            return source.paragraphs().stream().map(p -> p.isExcluded() ? List.<MentionScanner.Match>of() : scanner.scan(p.text())).toList();
        }
    }

    // ---- entities and names ----

    /**
     * Entity pages that give no name (unparsed, or without a title): a wiki-link to one is known by
     * the page's file name, which {@code new entity} makes from the name.
     */
    private static Unloaded brokenEntities(List<LoadedPage> loaded, List<String> unparsedEntityPages) {
        Map<String, String> byFileName = new TreeMap<>();
        List<String> files = new ArrayList<>(unparsedEntityPages);
        loaded.stream().filter(p -> p.entityKind().isPresent() && p.names().isEmpty()).forEach(p -> files.add(p.page().path()));
        for (String file : files) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            byFileName.putIfAbsent(name.substring(0, name.length() - ".md".length()), file);
        }
        return Unloaded.entities(byFileName);
    }

    private static List<Entity> entities(List<LoadedPage> loaded) {
        List<Entity> entities = new ArrayList<>();
        for (LoadedPage page : loaded) {
            page.entityKind().ifPresent(kind -> entities.add(new Entity(page.page(), kind, page.names())));
        }
        entities.sort(Comparator.comparing((Entity e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(e -> e.page().path()));
        return entities;
    }

    private Map<String, Entity> names(List<Entity> entities, List<LoadedPage> loaded) {
        Map<String, Position> namesAt = new HashMap<>();
        loaded.forEach(p -> namesAt.put(p.page().path(), p.namesAt()));
        Map<String, Entity> byName = new HashMap<>();
        for (Entity entity : entities) {
            for (String name : entity.names()) {
                Entity other = byName.putIfAbsent(Entity.nameKey(name), entity);
                if (other != null && other != entity) {
                    report.error("duplicate-name", entity.page().path(), namesAt.get(entity.page().path()),
                            "the name '" + name + "' is already used by " + other.page().path() + ": a name must lead to one entity");
                }
            }
        }
        return byName;
    }

    /**
     * What each wiki-link names. A published page may not link to a draft: the link would lead
     * nowhere in the published site, so it is reported as such, not as an unknown name.
     */
    private List<Resolution<Entity>> resolveWikiLinks(LoadedPage from, Map<String, Entity> byName, Unloaded brokenEntities) {
        List<Resolution<Entity>> resolved = new ArrayList<>();
        for (WikiLinkFact link : from.facts().wikiLinks()) {
            Entity entity = byName.get(Entity.nameKey(link.target()));
            if (entity == null && brokenEntities.explains(Unloaded.entityKey(link.target()), link.target(), from.page().path(), link.position())) {
                resolved.add(Resolution.unresolved("the entity page of '" + link.target() + "' did not load"));
            } else if (entity == null) {
                List<String> names = new ArrayList<>();
                byName.values().stream().distinct().forEach(e -> names.addAll(e.names()));
                Span span = link.targetSpan();
                report.error("unknown-entity", from.page().path(), link.position(), span == null ? null : span.end(),
                        "no entity is called '" + link.target() + "'" + Suggestions.didYouMean(link.target(), names),
                        "add an entity page (java -jar target/dossier.jar new entity --kind KIND \"" + link.target()
                                + "\"), or the name as an alias of an existing one",
                        span == null ? null : Suggestions.fix(link.target(), names, span.start(), span.end()).orElse(null));
                resolved.add(Resolution.unresolved("no entity called '" + link.target() + "'"));
            } else if (from.page().published() && entity.page().isUnpublishedDraft()) {
                report.error("draft-link", from.page().path(), link.position(),
                        "'" + link.target() + "' is the entity " + entity.page().path() + ", a draft: it is not published, so the link would lead nowhere",
                        "publish it (remove 'draft: true'), or link to it once it is");
                resolved.add(Resolution.unresolved("a draft"));
            } else {
                resolved.add(Resolution.of(entity));
            }
        }
        return resolved;
    }

    // ---- mentions in sources ----

    private void scanMentions(List<Entity> entities, List<SourceRecord> sources,
                              Map<String, List<Mention>> mentions, Map<String, Map<Entity, Integer>> coMentions) {
        List<List<String>> names = entities.stream().map(Entity::names).toList();
        Scan scan = new Scan(names);
        entities.forEach(e -> {
            mentions.put(e.page().path(), new ArrayList<>());
            coMentions.put(e.page().path(), new TreeMap<>(Comparator.comparing(Entity::name).thenComparing(x -> x.page().path())));
        });
        for (SourceRecord source : sources) {
            List<List<MentionScanner.Match>> found = memo.isPresent() ? memo.get().mentions(names, source, scan) : scan.apply(source);
            for (int i = 0; i < source.paragraphs().size(); i++) {
                Paragraph paragraph = source.paragraphs().get(i);
                if (paragraph.isExcluded()) {
                    continue;
                }
                Set<Entity> here = new LinkedHashSet<>();
                for (MentionScanner.Match match : found.get(i)) {
                    Entity entity = entities.get(match.owner());
                    if (here.add(entity)) {
                        mentions.get(entity.page().path()).add(new Mention(entity, source, paragraph.number(), match.start(), match.end()));
                    }
                }
                for (Entity a : here) {
                    for (Entity b : here) {
                        if (a != b) {
                            coMentions.get(a.page().path()).merge(b, 1, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    // ---- events and figures ----

    private List<Event> events(LoadedPage loaded, Map<String, SourceRecord> sources, PageCitations resolved) {
        Page page = loaded.page();
        List<Event> events = new ArrayList<>();
        List<EventFields> written = loaded.facts().fields().map(PageFields::events).orElse(List.of());
        for (int i = 0; i < written.size(); i++) {
            EventFields event = written.get(i);
            List<Account> accounts = i < resolved.eventAccounts().size() ? resolved.eventAccounts().get(i) : List.of();
            Optional<PartialDate> date = event.date().flatMap(d -> date(d, page, "event date"));
            Optional<Citation> citation = event.source()
                    .flatMap(s -> FrontMatterCitation.resolve(s, page.path(), sources, failed, report));
            if (date.isPresent() && event.text().isPresent() && citation.isPresent()) {
                events.add(new Event(date.get(), event.text().get().value(), event.note().map(FieldText::value).orElse(null),
                        citation.get(), page, event.at(), accounts));
            }
        }
        return events;
    }

    private List<Correction> corrections(LoadedPage loaded) {
        Page page = loaded.page();
        List<Correction> corrections = new ArrayList<>();
        for (CorrectionFields correction : loaded.facts().fields().map(PageFields::corrections).orElse(List.of())) {
            Optional<PartialDate> date = correction.date().flatMap(d -> date(d, page, "a correction's date"));
            if (date.isPresent() && correction.what().isPresent() && correction.why().isPresent()) {
                corrections.add(new Correction(date.get(), correction.what().get().value(), correction.why().get().value(), page));
            }
        }
        return corrections;
    }

    private List<Figure> figures(LoadedPage loaded, Map<String, SourceRecord> sources) {
        Page page = loaded.page();
        List<Figure> figures = new ArrayList<>();
        for (FigureFields figure : loaded.facts().fields().map(PageFields::figures).orElse(List.of())) {
            Optional<BigDecimal> value = figure.value().flatMap(v -> number(v, page, "value"));
            Optional<BigDecimal> high = figure.high().flatMap(v -> number(v, page, "value_high"));
            Optional<PartialDate> asOf = figure.asOf().flatMap(d -> date(d, page, "as_of"));
            Optional<Period> per = figure.per().flatMap(p -> period(p, page));
            Optional<Citation> citation = figure.source()
                    .flatMap(s -> FrontMatterCitation.resolve(s, page.path(), sources, failed, report));
            if (value.isPresent() && figure.unit().isPresent() && figure.measures().isPresent() && citation.isPresent()) {
                figures.add(new Figure(value.get(), high.orElse(null), figure.unit().get().value(), figure.measures().get().value(),
                        asOf.orElse(null), per.orElse(null), figure.chart().map(c -> Whitespace.collapse(c.value())).orElse(null),
                        citation.get(), page, figure.at(), FrontMatterCitation.locatorSpan(figure.source().get())));
            }
        }
        return figures;
    }

    /** A figure as a source prints it: digits, perhaps a sign and a decimal point. */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    /** More than any quantity a source states (a quadrillion with ten decimals is 26). */
    static final int MAX_DIGITS = 30;

    private Optional<PartialDate> date(FieldText text, Page page, String what) {
        Optional<PartialDate> parsed = PartialDate.parse(text.value());
        if (parsed.isEmpty()) {
            report.error("bad-date", page.path(), text.at(), what + " must be YYYY, YYYY-MM or YYYY-MM-DD, found '" + text.value() + "'");
        }
        return parsed;
    }

    private Optional<Period> period(FieldText text, Page page) {
        Optional<Period> parsed = Period.parse(text.value());
        if (parsed.isEmpty()) {
            List<String> words = java.util.Arrays.stream(Period.values()).map(Period::word).toList();
            report.error("bad-period", page.path(), text.at(), Span.endOf(text.text()), "per must be one of " + String.join(", ", words)
                    + ", found '" + text.value() + "'" + Suggestions.didYouMean(text.value().strip(), words), null,
                    Suggestions.fix(text.value(), words, text.text()).orElse(null));
        }
        return parsed;
    }

    private Optional<BigDecimal> number(FieldText text, Page page, String field) {
        String written = text.value().strip();
        // no exponent: "1e999999999" is a billion digits once printed
        if (!PLAIN_NUMBER.matcher(written).matches()) {
            report.error("bad-number", page.path(), text.at(), field + " must be a plain number such as 10.46, found '" + text.value() + "'");
            return Optional.empty();
        }
        if (written.length() > MAX_DIGITS + 2) {
            report.error("bad-number", page.path(), text.at(), field + " is " + written.length()
                    + " characters long, more than a figure's limit of " + MAX_DIGITS + " digits");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(written));
    }

    // ---- backlinks, related articles ----

    private static Map<String, List<Backlink>> backlinks(List<LoadedPage> pages, Map<String, List<Resolution<Entity>>> wikiLinks,
                                                         Map<String, PageCitations> citations) {
        Map<String, Map<Page, Backlink>> found = new LinkedHashMap<>();
        for (LoadedPage loaded : pages) {
            Page from = loaded.page();
            List<WikiLinkFact> facts = loaded.facts().wikiLinks();
            List<Resolution<Entity>> targets = wikiLinks.getOrDefault(from.path(), List.of());
            for (int i = 0; i < facts.size(); i++) {
                WikiLinkFact fact = facts.get(i);
                targets.get(i).target().ifPresent(target -> add(found, target.page(), from, snippet(fact.context(), fact.shown())));
            }
            for (ResolvedLink link : citations.get(from.path()).links()) {
                if (link.target() instanceof LinkTarget.InSite site && site.page().isPresent() && site.page().get().published()) {
                    add(found, site.page().get(), from, snippet(link.context(), null));
                }
            }
        }
        Map<String, List<Backlink>> backlinks = new LinkedHashMap<>();
        found.forEach((uri, byFrom) -> backlinks.put(uri, List.copyOf(byFrom.values())));
        return backlinks;
    }

    private static void add(Map<String, Map<Page, Backlink>> found, Page target, Page from, String context) {
        if (target != from) {
            found.computeIfAbsent(target.uri(), k -> new LinkedHashMap<>()).putIfAbsent(from, new Backlink(from, context));
        }
    }

    /**
     * At most {@link #CONTEXT} characters of the block a link stands in, cut at a word, holding the
     * link's words: from the block's start when they fall in its first characters, else from the
     * start of their sentence (or, in a long sentence, a few words before them), marked "…".
     *
     * @param shown the link's words as the reader sees them; null when not known (a Markdown link)
     */
    static String snippet(String context, String shown) {
        if (context == null) {
            return "";
        }
        int at = shown == null || shown.isEmpty() ? -1 : context.indexOf(shown);
        if (at < 0 || at + shown.length() <= CONTEXT - 1) {
            return cut(context);
        }
        int start = sentenceStart(context, at);
        if (at + shown.length() - start > CONTEXT - 1) {
            start = context.indexOf(' ', Math.max(0, at - LEAD)) + 1; // a long sentence: a few words before the link
        }
        return "…" + cut(context.substring(start));
    }

    private static String cut(String text) {
        return text.length() <= CONTEXT ? text : Whitespace.dropLastWord(text.substring(0, CONTEXT)) + "…";
    }

    /** Where the sentence holding {@code at} begins: after the last ". ", "? " or "! " before it, else 0. */
    private static int sentenceStart(String text, int at) {
        for (int i = at - 2; i > 0; i--) {
            char c = text.charAt(i);
            if (text.charAt(i + 1) == ' ' && (c == '.' || c == '?' || c == '!')) {
                return i + 2;
            }
        }
        return 0;
    }

    /** Articles ranked by shared entities (linked on the page or named in its source) plus twice the shared tags. */
    private static Map<String, List<Page>> related(List<Page> pages, Map<String, List<Resolution<Entity>>> wikiLinks,
                                                   Map<String, List<Mention>> mentions, List<Entity> entities) {
        List<Page> articles = pages.stream().filter(p -> p.kind() == PageKind.ARTICLE).toList();
        Map<Page, Set<Entity>> entitiesOf = new HashMap<>();
        for (Page article : articles) {
            Set<Entity> set = new HashSet<>();
            wikiLinks.getOrDefault(article.path(), List.of()).forEach(e -> e.target().ifPresent(set::add));
            entitiesOf.put(article, set);
        }
        Map<String, List<Page>> articlesBySource = new HashMap<>();
        articles.forEach(a -> articlesBySource.computeIfAbsent(a.sourceId(), k -> new ArrayList<>()).add(a));
        for (Entity entity : entities) {
            for (Mention mention : mentions.get(entity.page().path())) {
                articlesBySource.getOrDefault(mention.source().id(), List.of()).forEach(a -> entitiesOf.get(a).add(entity));
            }
        }
        Map<Entity, List<Page>> articlesOf = new HashMap<>();
        entitiesOf.forEach((article, set) -> set.forEach(e -> articlesOf.computeIfAbsent(e, k -> new ArrayList<>()).add(article)));
        Map<String, List<Page>> byTag = new HashMap<>();
        articles.forEach(a -> a.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(a)));

        Map<String, List<Page>> related = new LinkedHashMap<>();
        for (Page article : articles) {
            Map<Page, Integer> score = new HashMap<>();
            for (Entity entity : entitiesOf.get(article)) {
                List<Page> sharing = articlesOf.get(entity);
                if (sharing.size() <= COMMON_ENTITY_LIMIT) {
                    sharing.forEach(other -> score.merge(other, 1, Integer::sum));
                }
            }
            for (String tag : article.tags()) {
                List<Page> sharing = byTag.get(tag);
                if (sharing.size() <= COMMON_ENTITY_LIMIT) {
                    sharing.forEach(other -> score.merge(other, 2, Integer::sum));
                }
            }
            score.remove(article);
            related.put(article.path(), best(score));
        }
        return related;
    }

    /** Higher scores first, then by title; equals in the map's order. */
    private static final Comparator<Map.Entry<Page, Integer>> RANK =
            Map.Entry.<Page, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().title());

    /** The first {@link #RELATED} of a stable sort of the scores by {@link #RANK}: an article of a small dossier shares a tag with hundreds. */
    private static List<Page> best(Map<Page, Integer> score) {
        return FirstRanked.of(score.entrySet(), RANK, RELATED).stream().map(Map.Entry::getKey).toList();
    }

}
