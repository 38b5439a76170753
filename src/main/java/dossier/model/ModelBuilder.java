package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Suggestions;
import dossier.markdown.CitationFact;
import dossier.markdown.ExcerptFact;
import dossier.markdown.ParsedPage;
import dossier.model.internal.ExcerptLocator;
import dossier.source.MatchText;
import dossier.source.SourceRecord;
import dossier.source.SourceRecordReader;
import dossier.yaml.FieldReader;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@link Dossier} in two passes: first every id and page is registered (duplicates are
 * reported), then every excerpt and citation is resolved against the registered sources.
 */
public final class ModelBuilder {
    private static final Set<String> PAGE_FIELDS = Set.of("title", "type", "nav", "draft", "events", "figures");
    private static final Set<String> ARTICLE_FIELDS = Set.of("title", "type", "summary", "source", "tags", "draft", "events", "figures");
    private static final Set<String> ENTITY_FIELDS = Set.of("title", "type", "kind", "aliases", "summary", "draft", "events", "figures");
    private static final Pattern LOCATOR = Pattern.compile("¶\\s*(\\d+)");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Report report;
    private final ExcerptLocator locator = new ExcerptLocator();

    public ModelBuilder(Report report) {
        this.report = report;
    }

    /**
     * @param fileTargets output paths of every page file and asset found, including pages that
     *                    failed to parse, so that links to them are not reported a second time
     */
    public Dossier build(List<SourceRecord> records, List<ParsedPage> parsedPages, Set<String> fileTargets) {
        Map<String, SourceRecord> sources = registerSources(records);
        List<Page> pages = registerPages(parsedPages, sources);

        Map<String, PageCitations> citations = new LinkedHashMap<>();
        Map<String, Map<Integer, List<ResolvedExcerpt>>> citing = new TreeMap<>();
        Map<String, Set<Integer>> cited = new TreeMap<>();
        Map<String, List<Page>> citingPages = new TreeMap<>();
        List<Page> drafts = pages.stream().filter(Page::draft).toList();
        pages = pages.stream().filter(p -> !p.draft()).toList();
        drafts.forEach(draft -> resolve(draft, sources)); // checked, never published
        for (Page page : pages) {
            PageCitations resolved = resolve(page, sources);
            citations.put(page.path(), resolved);
            resolved.references().forEach(s -> citingPages.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(page));
            for (ResolvedExcerpt excerpt : resolved.excerpts()) {
                if (excerpt == null) {
                    continue;
                }
                int span = excerpt.fact().quoteParagraphs().size();
                for (int n = excerpt.paragraph(); n < excerpt.paragraph() + span; n++) {
                    citing.computeIfAbsent(excerpt.source().id(), k -> new TreeMap<>())
                            .computeIfAbsent(n, k -> new ArrayList<>()).add(excerpt);
                    cited.computeIfAbsent(excerpt.source().id(), k -> new TreeSet<>()).add(n);
                }
            }
            for (ResolvedCitation citation : resolved.citations()) {
                if (citation != null && citation.paragraph() > 0) {
                    cited.computeIfAbsent(citation.source().id(), k -> new TreeSet<>()).add(citation.paragraph());
                }
            }
        }
        List<SourceRecord> ordered = sources.values().stream().sorted(Dossier.BY_DATE).toList();
        CrossReferences xref = new CrossReferenceBuilder(report).build(pages, drafts, sources, ordered);
        xref.events().forEach(e -> citeParagraph(cited, e.citation()));
        xref.figures().forEach(f -> citeParagraph(cited, f.citation()));
        Set<String> linkTargets = new HashSet<>(fileTargets);
        ordered.forEach(s -> linkTargets.add(Dossier.sourceUri(s)));
        linkTargets.addAll(List.of("index.html", Dossier.ENTITIES_URI, Dossier.TIMELINE_URI, Dossier.FIGURES_URI, Dossier.GRAPH_URI, Dossier.TAGS_URI));
        xref.tags().keySet().forEach(tag -> linkTargets.add(Dossier.tagUri(tag)));
        return new Dossier(ordered, Map.copyOf(sources), List.copyOf(pages), drafts, citations, citing, cited, citingPages,
                Set.copyOf(linkTargets), xref);
    }

    private static void citeParagraph(Map<String, Set<Integer>> cited, Citation citation) {
        if (citation.paragraph() > 0) {
            cited.computeIfAbsent(citation.source().id(), k -> new TreeSet<>()).add(citation.paragraph());
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

    private List<Page> registerPages(List<ParsedPage> parsedPages, Map<String, SourceRecord> sources) {
        Map<String, Page> byUri = new LinkedHashMap<>();
        Map<String, String> sourcePages = new HashMap<>();
        sources.values().forEach(s -> sourcePages.put(Dossier.sourceUri(s), s.id()));
        for (ParsedPage parsed : parsedPages) {
            Optional<Page> page = page(parsed, sources);
            if (page.isEmpty()) {
                continue;
            }
            String uri = page.get().uri();
            if (sourcePages.containsKey(uri)) {
                report.error("duplicate-page", parsed.path(), Position.START,
                        "page would be written to " + uri + ", the page of source '" + sourcePages.get(uri) + "'; move or rename it");
                continue;
            }
            Page first = byUri.putIfAbsent(uri, page.get());
            if (first != null) {
                report.error("duplicate-page", parsed.path(), Position.START,
                        "page would be written to " + page.get().uri() + ", as is " + first.path());
            }
        }
        return new ArrayList<>(byUri.values());
    }

    private Optional<Page> page(ParsedPage parsed, Map<String, SourceRecord> sources) {
        String path = parsed.path();
        FieldReader fields = parsed.frontMatter();
        String relative = path.substring(path.indexOf('/') + 1); // below content/
        String name = relative.substring(relative.lastIndexOf('/') + 1, relative.length() - ".md".length());
        PageKind kind = relative.equals("index.md") ? PageKind.HOME
                : relative.startsWith("articles/") ? PageKind.ARTICLE
                : relative.startsWith("entities/") ? PageKind.ENTITY : PageKind.PAGE;
        fields.optional("type").ifPresent(type -> {
            if (!type.equals(kind.name().toLowerCase(java.util.Locale.ROOT))) {
                report.error("page-type", path, fields.position("type"), "type '" + type + "' does not match where the page lives: "
                        + "content/index.md is the home page, content/articles/ holds articles, content/entities/ entities, "
                        + "other pages are 'page'");
            }
        });
        String address = relative.substring(0, relative.length() - ".md".length());
        for (String segment : address.split("/")) {
            if (!SLUG.matcher(segment).matches()) {
                report.error("bad-slug", path, Position.START, "'" + segment + "' in the page's path must be lowercase ASCII "
                        + "letters, digits and hyphens: it becomes part of the page's address");
                return Optional.empty();
            }
        }
        fields.rejectUnknown(kind == PageKind.ARTICLE ? ARTICLE_FIELDS : kind == PageKind.ENTITY ? ENTITY_FIELDS : PAGE_FIELDS);
        Optional<String> title = fields.required("title");
        String uri = uri(path);
        if (kind == PageKind.ENTITY) {
            boolean draft = fields.flag("draft", false);
            Optional<String> summary = draft ? Optional.of(fields.optional("summary").orElse("")) : fields.required("summary");
            if (title.isEmpty() || summary.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Page(kind, path, uri, title.get(), title.get(), summary.get(), null, List.of(), draft, parsed));
        }
        if (kind != PageKind.ARTICLE) {
            String nav = fields.optional("nav").orElse(null);
            boolean pageDraft = fields.flag("draft", false);
            return title.map(t -> new Page(kind, path, uri, t, nav != null ? nav : t, null, null, List.of(), pageDraft, parsed));
        }
        boolean draft = fields.flag("draft", false);
        Optional<String> summary = draft ? Optional.of(fields.optional("summary").orElse("")) : fields.required("summary");
        Optional<String> sourceId = fields.required("source");
        List<String> tags = fields.list("tags");
        tags.stream().filter(t -> !SLUG.matcher(t).matches()).forEach(t -> report.error("bad-tag", path, fields.position("tags"),
                "tag '" + t + "' must be lowercase ASCII letters, digits and hyphens (it becomes the tag page's address)"));
        sourceId.filter(id -> !sources.containsKey(id)).ifPresent(id ->
                report.error("unknown-source", path, fields.position("source"),
                        "unknown source '" + id + "'" + Suggestions.didYouMean(id, sources.keySet())));
        if (title.isEmpty() || summary.isEmpty() || sourceId.isEmpty() || !sources.containsKey(sourceId.get())) {
            return Optional.empty();
        }
        return Optional.of(new Page(kind, path, uri, title.get(), title.get(), summary.get(), sourceId.get(), tags, draft, parsed));
    }

    /** Where a page file is written: content/index.md → index.html, content/a/b.md → a/b.html. */
    public static String uri(String path) {
        String relative = path.substring(path.indexOf('/') + 1);
        return relative.substring(0, relative.length() - ".md".length()) + ".html";
    }

    // ---- pass 2: resolve ----

    private PageCitations resolve(Page page, Map<String, SourceRecord> sources) {
        ParsedPage parsed = page.parsed();
        List<ResolvedExcerpt> excerpts = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        for (ExcerptFact fact : parsed.excerpts()) {
            excerpts.add(resolveExcerpt(page, fact, sources, anchors));
        }
        List<ResolvedCitation> citations = new ArrayList<>();
        for (CitationFact fact : parsed.citations()) {
            citations.add(resolveCitation(page, fact, sources));
        }
        List<SourceRecord> references = new ArrayList<>();
        for (String key : parsed.citedKeys()) {
            Optional.ofNullable(sources.get(key)).ifPresent(references::add);
        }
        if (page.sourceId() != null && !references.contains(sources.get(page.sourceId()))) {
            references.add(0, sources.get(page.sourceId()));
        }
        return new PageCitations(excerpts, citations, references);
    }

    private ResolvedExcerpt resolveExcerpt(Page page, ExcerptFact fact, Map<String, SourceRecord> sources, Set<String> anchors) {
        SourceRecord source = known(page, fact.key(), fact.keyPosition(), sources);
        OptionalInt wanted = paragraphOf(page, fact.locator(), fact.keyPosition(), source);
        if (source == null || wanted.isEmpty()) {
            return null;
        }
        OptionalInt found = locator.locate(page.path(), fact, source, wanted.getAsInt(), report);
        if (found.isEmpty()) {
            return null;
        }
        String anchor = anchor(source, fact);
        String unique = anchor;
        for (int i = 2; !anchors.add(unique); i++) {
            unique = anchor + "-" + i;
        }
        return new ResolvedExcerpt(page, fact, source, found.getAsInt(), unique);
    }

    private ResolvedCitation resolveCitation(Page page, CitationFact fact, Map<String, SourceRecord> sources) {
        SourceRecord source = known(page, fact.key(), fact.position(), sources);
        OptionalInt paragraph = paragraphOf(page, fact.locator(), fact.position(), source);
        if (source == null || paragraph.isEmpty()) {
            return null;
        }
        return new ResolvedCitation(page, fact, source, paragraph.getAsInt());
    }

    private SourceRecord known(Page page, String key, Position at, Map<String, SourceRecord> sources) {
        SourceRecord source = sources.get(key);
        if (source == null) {
            report.error("unknown-source", page.path(), at,
                    "unknown source key '@" + key + "'" + Suggestions.didYouMean(key, sources.keySet()),
                    SourceRecordReader.ID.matcher(key).matches() ? null
                            : "source ids are lowercase ASCII letters, digits and hyphens");
        }
        return source;
    }

    /** 0 when there is no locator; empty after reporting a bad one. */
    private OptionalInt paragraphOf(Page page, String locatorText, Position at, SourceRecord source) {
        if (locatorText == null || locatorText.isBlank()) {
            return OptionalInt.of(0);
        }
        Matcher m = LOCATOR.matcher(locatorText.trim());
        if (!m.matches()) {
            report.error("bad-locator", page.path(), at,
                    "cannot read the locator '" + locatorText + "': write a paragraph as ¶7");
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(m.group(1));
        if (source != null && source.paragraph(n).isEmpty()) {
            report.error("unknown-paragraph", page.path(), at, "source '" + source.id() + "' has no ¶" + n
                    + " (it has ¶1–¶" + source.paragraphs().size() + ")");
            return OptionalInt.empty();
        }
        return OptionalInt.of(n);
    }

    /** Depends only on the source and the quoted words, so links to an excerpt survive edits elsewhere. */
    private static String anchor(SourceRecord source, ExcerptFact fact) {
        String basis = source.id() + "\n" + String.join("\n", fact.quoteParagraphs().stream().map(MatchText::of).toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "x-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
