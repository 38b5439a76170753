package dossier.model;

import dossier.diag.Report;
import dossier.diag.Suggestions;
import dossier.markdown.LinkFact;
import dossier.markdown.WikiLinkFact;
import dossier.model.internal.MentionScanner;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;
import dossier.text.Whitespace;
import dossier.yaml.FieldReader;

import java.math.BigDecimal;
import java.net.URI;
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

    private final Report report;

    CrossReferenceBuilder(Report report) {
        this.report = report;
    }

    CrossReferences build(List<Page> pages, List<Page> drafts, Map<String, SourceRecord> sources, List<SourceRecord> ordered) {
        List<Entity> entities = entities(pages);
        Map<String, Entity> byName = names(entities);
        Map<String, Entity> byPath = new LinkedHashMap<>();
        entities.forEach(e -> byPath.put(e.page().path(), e));

        Map<String, List<Entity>> wikiLinks = new LinkedHashMap<>();
        for (Page page : concat(pages, drafts)) {
            wikiLinks.put(page.path(), resolveWikiLinks(page, byName));
        }
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Map<Entity, Integer>> coMentions = new LinkedHashMap<>();
        scanMentions(entities, ordered, mentions, coMentions);

        List<Event> events = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (Page page : pages) {
            events.addAll(events(page, sources));
            figures.addAll(figures(page, sources));
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::text));

        Map<String, List<Page>> tags = new TreeMap<>();
        for (Page page : pages) {
            page.tags().forEach(tag -> tags.computeIfAbsent(tag, t -> new ArrayList<>()).add(page));
        }
        return new CrossReferences(entities, byPath, wikiLinks, mentions, backlinks(pages, wikiLinks),
                related(pages, wikiLinks, mentions, entities), tags, events, figures, coMentions);
    }

    // ---- entities and names ----

    private List<Entity> entities(List<Page> pages) {
        List<Entity> entities = new ArrayList<>();
        for (Page page : pages) {
            if (page.kind() != PageKind.ENTITY) {
                continue;
            }
            FieldReader fields = page.parsed().frontMatter();
            Optional<EntityKind> kind = fields.required("kind").flatMap(k -> {
                Optional<EntityKind> parsed = EntityKind.parse(k);
                if (parsed.isEmpty()) {
                    report.error("bad-kind", page.path(), fields.position("kind"), "kind '" + k + "' is not one of "
                            + String.join(", ", java.util.Arrays.stream(EntityKind.values()).map(EntityKind::label).toList())
                            + Suggestions.didYouMean(k, java.util.Arrays.stream(EntityKind.values()).map(EntityKind::label).toList()));
                }
                return parsed;
            });
            List<String> names = new ArrayList<>();
            names.add(page.title());
            fields.list("aliases").stream().map(String::strip).filter(a -> !a.isEmpty()).forEach(names::add);
            // an entity whose kind is wrong still answers to its names, so that links to it do not fail too
            entities.add(new Entity(page, kind.orElse(EntityKind.TOPIC), names));
        }
        entities.sort(Comparator.comparing((Entity e) -> e.name().toLowerCase(Locale.ROOT)).thenComparing(e -> e.page().path()));
        return entities;
    }

    private Map<String, Entity> names(List<Entity> entities) {
        Map<String, Entity> byName = new HashMap<>();
        for (Entity entity : entities) {
            for (String name : entity.names()) {
                Entity other = byName.putIfAbsent(fold(name), entity);
                if (other != null && other != entity) {
                    report.error("duplicate-name", entity.page().path(), entity.page().parsed().frontMatter().position("aliases"),
                            "the name '" + name + "' is already used by " + other.page().path() + ": a name must lead to one entity");
                }
            }
        }
        return byName;
    }

    private List<Entity> resolveWikiLinks(Page page, Map<String, Entity> byName) {
        List<Entity> resolved = new ArrayList<>();
        for (WikiLinkFact link : page.parsed().wikiLinks()) {
            Entity entity = byName.get(fold(link.target()));
            if (entity == null) {
                List<String> names = new ArrayList<>();
                byName.values().stream().distinct().forEach(e -> names.addAll(e.names()));
                report.error("unknown-entity", page.path(), link.position(),
                        "no entity is called '" + link.target() + "'" + Suggestions.didYouMean(link.target(), names),
                        "add an entity page under content/entities/, or an alias to an existing one");
            }
            resolved.add(entity);
        }
        return Collections.unmodifiableList(resolved);
    }

    // ---- mentions in sources ----

    private static void scanMentions(List<Entity> entities, List<SourceRecord> sources,
                                     Map<String, List<Mention>> mentions, Map<String, Map<Entity, Integer>> coMentions) {
        MentionScanner scanner = new MentionScanner(entities.stream().map(Entity::names).toList());
        entities.forEach(e -> {
            mentions.put(e.page().path(), new ArrayList<>());
            coMentions.put(e.page().path(), new TreeMap<>(Comparator.comparing(Entity::name).thenComparing(x -> x.page().path())));
        });
        for (SourceRecord source : sources) {
            for (Paragraph paragraph : source.paragraphs()) {
                if (paragraph.isExcluded()) {
                    continue;
                }
                Set<Entity> here = new LinkedHashSet<>();
                for (MentionScanner.Match match : scanner.scan(paragraph.text())) {
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

    private List<Event> events(Page page, Map<String, SourceRecord> sources) {
        List<Event> events = new ArrayList<>();
        for (FieldReader event : page.parsed().frontMatter().mappings("events")) {
            event.rejectUnknown(Set.of("date", "text", "source", "note"));
            Optional<PartialDate> date = event.required("date").flatMap(d -> {
                Optional<PartialDate> parsed = PartialDate.parse(d);
                if (parsed.isEmpty()) {
                    report.error("bad-date", page.path(), event.position("date"), "event date must be YYYY, YYYY-MM or YYYY-MM-DD, found '" + d + "'");
                }
                return parsed;
            });
            Optional<String> text = event.required("text");
            Optional<Citation> citation = event.required("source")
                    .flatMap(s -> FrontMatterCitation.resolve(s, page.path(), event.position("source"), sources, report));
            if (date.isPresent() && text.isPresent() && citation.isPresent()) {
                events.add(new Event(date.get(), text.get(), event.optional("note").orElse(null), citation.get(), page, event.position()));
            }
        }
        return events;
    }

    private List<Figure> figures(Page page, Map<String, SourceRecord> sources) {
        List<Figure> figures = new ArrayList<>();
        for (FieldReader figure : page.parsed().frontMatter().mappings("figures")) {
            figure.rejectUnknown(Set.of("value", "value_high", "unit", "measures", "as_of", "source"));
            Optional<BigDecimal> value = figure.required("value").flatMap(v -> number(v, page, figure, "value"));
            Optional<BigDecimal> high = figure.optional("value_high").flatMap(v -> number(v, page, figure, "value_high"));
            Optional<String> unit = figure.required("unit");
            Optional<String> measures = figure.required("measures");
            Optional<PartialDate> asOf = figure.optional("as_of").flatMap(d -> {
                Optional<PartialDate> parsed = PartialDate.parse(d);
                if (parsed.isEmpty()) {
                    report.error("bad-date", page.path(), figure.position("as_of"), "as_of must be YYYY, YYYY-MM or YYYY-MM-DD, found '" + d + "'");
                }
                return parsed;
            });
            Optional<Citation> citation = figure.required("source")
                    .flatMap(s -> FrontMatterCitation.resolve(s, page.path(), figure.position("source"), sources, report));
            if (value.isPresent() && unit.isPresent() && measures.isPresent() && citation.isPresent()) {
                figures.add(new Figure(value.get(), high.orElse(null), unit.get(), measures.get(), asOf.orElse(null),
                        citation.get(), page, figure.position()));
            }
        }
        return figures;
    }

    private Optional<BigDecimal> number(String text, Page page, FieldReader figure, String field) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            report.error("bad-number", page.path(), figure.position(field), field + " must be a plain number such as 10.46, found '" + text + "'");
            return Optional.empty();
        }
    }

    // ---- backlinks, related articles ----

    private static Map<String, List<Backlink>> backlinks(List<Page> pages, Map<String, List<Entity>> wikiLinks) {
        Map<String, Page> byUri = new HashMap<>();
        pages.forEach(p -> byUri.put(p.uri(), p));
        Map<String, Map<Page, Backlink>> found = new LinkedHashMap<>();
        for (Page from : pages) {
            List<WikiLinkFact> facts = from.parsed().wikiLinks();
            List<Entity> targets = wikiLinks.getOrDefault(from.path(), List.of());
            for (int i = 0; i < facts.size(); i++) {
                Entity target = targets.get(i);
                if (target != null) {
                    add(found, target.page(), from, facts.get(i).context());
                }
            }
            for (LinkFact link : from.parsed().links()) {
                String uri = resolve(from.uri(), link.url());
                if (uri != null && byUri.containsKey(uri)) {
                    add(found, byUri.get(uri), from, link.context());
                }
            }
        }
        Map<String, List<Backlink>> backlinks = new LinkedHashMap<>();
        found.forEach((uri, byFrom) -> backlinks.put(uri, List.copyOf(byFrom.values())));
        return backlinks;
    }

    private static void add(Map<String, Map<Page, Backlink>> found, Page target, Page from, String context) {
        if (target != from) {
            found.computeIfAbsent(target.uri(), k -> new LinkedHashMap<>()).putIfAbsent(from, new Backlink(from, snippet(context)));
        }
    }

    private static String snippet(String context) {
        if (context == null) {
            return "";
        }
        return context.length() <= CONTEXT ? context : Whitespace.dropLastWord(context.substring(0, CONTEXT)) + "…";
    }

    private static String resolve(String fromUri, String url) {
        if (url.isEmpty() || url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("/")) {
            return null;
        }
        try {
            String path = URI.create("site:/" + fromUri).resolve(new URI(null, null, url.replaceFirst("[?#].*$", ""), null)).getPath();
            return path.startsWith("/") ? path.substring(1) : null;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Articles ranked by shared entities (linked on the page or named in its source) plus twice the shared tags. */
    private static Map<String, List<Page>> related(List<Page> pages, Map<String, List<Entity>> wikiLinks,
                                                   Map<String, List<Mention>> mentions, List<Entity> entities) {
        List<Page> articles = pages.stream().filter(p -> p.kind() == PageKind.ARTICLE).toList();
        Map<Page, Set<Entity>> entitiesOf = new HashMap<>();
        for (Page article : articles) {
            Set<Entity> set = new HashSet<>();
            wikiLinks.getOrDefault(article.path(), List.of()).stream().filter(e -> e != null).forEach(set::add);
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
            related.put(article.path(), score.entrySet().stream()
                    .sorted(Map.Entry.<Page, Integer>comparingByValue().reversed().thenComparing(e -> e.getKey().title()))
                    .limit(RELATED).map(Map.Entry::getKey).toList());
        }
        return related;
    }

    private static String fold(String name) {
        return Whitespace.collapse(name.strip()).toLowerCase(Locale.ROOT);
    }

    private static List<Page> concat(List<Page> a, List<Page> b) {
        List<Page> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
