package dossier.model;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Span;
import dossier.diag.Suggestions;
import dossier.markdown.FieldText;
import dossier.markdown.PageFields;
import dossier.markdown.ParsedPage;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a {@link Page} of a parsed page: what kind it is (from where it lives), and whether its
 * front matter has what that kind needs. A page whose front matter fails is still made, titled
 * after its file and never published, so that its body is checked like any other.
 */
final class PageReader {
    /** The front-matter fields of each kind of page; the editor schemas declare the same (PageSchemaTest). */
    static final Set<String> PAGE_FIELDS = Set.of("title", "type", "nav", "draft", "events", "figures", "corrections");
    static final Set<String> ARTICLE_FIELDS = Set.of("title", "type", "summary", "source", "tags", "draft", "events", "figures", "corrections");
    static final Set<String> ENTITY_FIELDS = Set.of("title", "type", "kind", "aliases", "summary", "draft", "events", "figures", "corrections",
            "accounts");
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Report report;
    private final Map<String, SourceRecord> sources;
    private final Unloaded failed;
    private final boolean publishDrafts;

    PageReader(Report report, Map<String, SourceRecord> sources, Unloaded failed, boolean publishDrafts) {
        this.report = report;
        this.sources = sources;
        this.failed = failed;
        this.publishDrafts = publishDrafts;
    }

    LoadedPage read(ParsedPage parsed) {
        String path = parsed.path();
        String relative = path.substring(path.indexOf('/') + 1); // below content/
        PageKind kind = relative.equals("index.md") ? PageKind.HOME
                : relative.startsWith("articles/") ? PageKind.ARTICLE
                : relative.startsWith("entities/") ? PageKind.ENTITY : PageKind.PAGE;
        String uri = ModelBuilder.uri(path);
        boolean complete = slugs(path, relative) & parsed.fields().isPresent();
        String fallbackTitle = relative.substring(relative.lastIndexOf('/') + 1, relative.length() - ".md".length());
        if (parsed.fields().isEmpty()) {
            return new LoadedPage(page(kind, path, uri, fallbackTitle, null, null, null, List.of(), false, false, parsed), parsed,
                    kind == PageKind.ENTITY ? Optional.of(EntityKind.TOPIC) : Optional.empty(), List.of(), Position.START, Optional.empty());
        }
        PageFields fields = parsed.fields().get();
        fields.type().ifPresent(type -> {
            if (!type.value().equals(kind.name().toLowerCase(Locale.ROOT))) {
                report.error("page-type", path, type.at(), "type '" + type.value() + "' does not match where the page lives: "
                        + "content/index.md is the home page, content/articles/ holds articles, content/entities/ entities, "
                        + "other pages are 'page'");
            }
        });
        rejectUnknown(path, fields, kind == PageKind.ARTICLE ? ARTICLE_FIELDS : kind == PageKind.ENTITY ? ENTITY_FIELDS : PAGE_FIELDS);
        boolean draft = fields.draft();
        Optional<String> title = required(path, fields, "title", fields.title());
        complete &= title.isPresent();
        String shownTitle = title.orElse(fallbackTitle);
        if (kind == PageKind.ENTITY) {
            Optional<String> summary = draft ? Optional.of(fields.summary().map(FieldText::value).orElse(""))
                    : required(path, fields, "summary", fields.summary());
            complete &= summary.isPresent();
            Optional<EntityKind> entityKind = entityKind(path, fields);
            List<String> names = new ArrayList<>();
            title.ifPresent(names::add);
            fields.aliases().values().stream().map(String::strip).filter(a -> !a.isEmpty()).forEach(names::add);
            Page page = page(kind, path, uri, shownTitle, shownTitle, summary.orElse(""), null, List.of(), draft, complete, parsed);
            // an entity whose kind is wrong still answers to its names, so that links to it do not fail too
            return new LoadedPage(page, parsed, entityKind.or(() -> Optional.of(EntityKind.TOPIC)), title.isPresent() ? names : List.of(),
                    fields.aliases().at(), Optional.empty());
        }
        if (kind != PageKind.ARTICLE) {
            String nav = fields.nav().map(FieldText::value).orElse(shownTitle);
            return new LoadedPage(page(kind, path, uri, shownTitle, nav, null, null, List.of(), draft, complete, parsed), parsed,
                    Optional.empty(), List.of(), fields.at(), Optional.empty());
        }
        Optional<String> summary = draft ? Optional.of(fields.summary().map(FieldText::value).orElse(""))
                : required(path, fields, "summary", fields.summary());
        Optional<String> sourceId = required(path, fields, "source", fields.source());
        List<String> tags = fields.tags().values();
        tags.stream().filter(t -> !SLUG.matcher(t).matches()).forEach(t -> report.error("bad-tag", path, fields.tags().at(),
                "tag '" + t + "' must be lowercase ASCII letters, digits and hyphens (it becomes the tag page's address)"));
        sourceId.filter(id -> !sources.containsKey(id) && !failed.explains(id, id, path, fields.source().orElseThrow().at())).ifPresent(id -> {
            FieldText written = fields.source().orElseThrow();
            report.error("unknown-source", path, written.at(), Span.endOf(written.text()),
                    "unknown source '" + id + "'" + Suggestions.didYouMean(id, sources.keySet()), null,
                    Suggestions.fix(id, sources.keySet(), written.text()).orElse(null));
        });
        complete &= summary.isPresent() && sourceId.isPresent() && sources.containsKey(sourceId.get());
        String source = sourceId.filter(sources::containsKey).orElse(null);
        return new LoadedPage(page(kind, path, uri, shownTitle, shownTitle, summary.orElse(""), source, tags, draft, complete, parsed),
                parsed, Optional.empty(), List.of(), fields.at(), sourceId.filter(id -> !sources.containsKey(id)));
    }

    private Page page(PageKind kind, String path, String uri, String title, String nav, String summary, String sourceId,
                      List<String> tags, boolean draft, boolean complete, ParsedPage parsed) {
        boolean published = complete && (!draft || publishDrafts);
        return new Page(kind, path, uri, title, nav, summary, sourceId, tags, draft, published, parsed.prose(), parsed.commentary(), parsed.commentaryText(),
                parsed.headings());
    }

    /** Every segment of the page's address must be a slug; reported, and the page is not published. */
    private boolean slugs(String path, String relative) {
        String address = relative.substring(0, relative.length() - ".md".length());
        for (String segment : address.split("/")) {
            if (!SLUG.matcher(segment).matches()) {
                report.error("bad-slug", path, Position.START, "'" + segment + "' in the page's path must be lowercase ASCII "
                        + "letters, digits and hyphens: it becomes part of the page's address");
                return false;
            }
        }
        return true;
    }

    private Optional<EntityKind> entityKind(String path, PageFields fields) {
        return required(path, fields, "kind", fields.kind()).flatMap(k -> {
            Optional<EntityKind> parsed = EntityKind.parse(k);
            if (parsed.isEmpty()) {
                List<String> labels = Arrays.stream(EntityKind.values()).map(EntityKind::label).toList();
                FieldText written = fields.kind().orElseThrow();
                report.error("bad-kind", path, written.at(), Span.endOf(written.text()), "kind '" + k + "' is not one of "
                        + String.join(", ", labels) + Suggestions.didYouMean(k, labels), null,
                        Suggestions.fix(k, labels, written.text()).orElse(null));
            }
            return parsed;
        });
    }

    /** A non-blank value; "missing required field" when absent (a value of the wrong shape is reported already). */
    private Optional<String> required(String path, PageFields fields, String key, Optional<FieldText> value) {
        if (value.isPresent()) {
            if (value.get().isBlank()) {
                report.error("missing-field", path, value.get().at(), "field '" + key + "' is empty");
                return Optional.empty();
            }
            return Optional.of(value.get().value());
        }
        if (!fields.present().contains(key)) {
            report.error("missing-field", path, fields.at(), "front matter is missing required field '" + key + "'");
        }
        return Optional.empty();
    }

    private void rejectUnknown(String path, PageFields fields, Set<String> known) {
        for (String key : fields.keys().keySet()) {
            if (!known.contains(key)) {
                Position at = fields.keyPosition(key);
                report.error("unknown-field", path, at, fields.keyEnd(key),
                        "unknown field '" + key + "' in front matter" + Suggestions.didYouMean(key, known), null,
                        Suggestions.fix(key, known, at, fields.keyEnd(key)).orElse(null));
            }
        }
    }
}
