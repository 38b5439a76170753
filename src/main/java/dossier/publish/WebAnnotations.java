package dossier.publish;

import dossier.config.SiteConfig;
import dossier.model.Resolution;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.QuotedPassage;
import dossier.model.ResolvedExcerpt;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * annotations.jsonld: every excerpt as a W3C Web Annotation (commentary on a quoted passage),
 * gathered in one AnnotationCollection whose first (and only) AnnotationPage holds the items.
 *
 * <ul>
 * <li>id: the excerpt on its dossier page (page address + "#x-…").</li>
 * <li>target.source: the publisher's address when the record states or supplies it, else the
 *     source's page in the dossier. Without a base URL, addresses are relative to this file,
 *     which sits in the site root.</li>
 * <li>TextQuoteSelector: the quote in the source's own characters, with up to 32 characters of
 *     the same paragraph before and after (no prefix or suffix where the quote opens or closes
 *     its paragraph).</li>
 * <li>TextPositionSelector: offsets in Unicode code points into the source's text defined as all
 *     paragraphs of its record (excluded ones too), in record order, joined by "\n\n". This is
 *     the record's text, not the publisher's page: the two may differ in layout.</li>
 * <li>An excerpt quoting several paragraphs has one target per paragraph.</li>
 * <li>body: the commentary that follows the excerpt, as plain text, purpose commenting; an
 *     excerpt followed at once by another has no body and the motivation highlighting.</li>
 * </ul>
 */
final class WebAnnotations {
    static final String FILE = "annotations.jsonld";
    private static final int CONTEXT = 32;
    /** The depth of the items' list in the collection (collection, first page, items). */
    private static final int ITEMS_DEPTH = 2;

    private final SiteConfig site;
    private final SiteIds ids;
    private final Optional<PublishMemo> memo;
    private final Map<String, int[]> offsets = new HashMap<>();
    private final ByteArrayOutputStream pageBytes = new ByteArrayOutputStream(1 << 16);
    private final TextOut pageOut = new TextOut(pageBytes);

    WebAnnotations(SiteConfig site, Optional<PublishMemo> memo) {
        this.site = site;
        this.ids = new SiteIds(site);
        this.memo = memo;
    }

    /**
     * Writes the collection (the total is counted first); each page's annotations are made (or
     * taken from the memo) as they are written, a page's at a time.
     */
    void write(Dossier dossier, TextOut out) {
        int total = 0;
        for (Page page : dossier.pages()) {
            for (Resolution<ResolvedExcerpt> excerpt : dossier.citations(page).excerpts()) {
                total += excerpt.target().isPresent() ? 1 : 0;
            }
        }
        Iterable<Object> items = () -> dossier.pages().stream()
                .map(page -> pageAnnotations(dossier, page))
                .filter(json -> json.length > 0)
                .<Object>map(Json.Utf8::new)
                .iterator();
        Map<String, Object> firstPage = new LinkedHashMap<>();
        firstPage.put("id", ids.href(FILE) + "#page-1");
        firstPage.put("type", "AnnotationPage");
        firstPage.put("startIndex", 0);
        firstPage.put("items", new Json.Items(items));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", "http://www.w3.org/ns/anno.jsonld");
        collection.put("id", ids.href(FILE));
        collection.put("type", "AnnotationCollection");
        collection.put("label", site.title() + ": excerpts and commentary");
        collection.put("total", total);
        collection.put("first", firstPage);
        Json.write(collection, out);
    }

    /** A page's annotations, as a run of the items' list in UTF-8 (empty when it has none). */
    private byte[] pageAnnotations(Dossier dossier, Page page) {
        List<Resolution<ResolvedExcerpt>> excerpts = dossier.citations(page).excerpts();
        List<String> commentary = page.commentary();
        List<ResolvedExcerpt> proven = new ArrayList<>();
        List<PublishMemo.Annotated> inputs = new ArrayList<>();
        for (int i = 0; i < excerpts.size(); i++) {
            String comment = i < commentary.size() ? commentary.get(i) : "";
            excerpts.get(i).target().ifPresent(excerpt -> {
                proven.add(excerpt);
                inputs.add(inputs(excerpt, comment));
            });
        }
        if (inputs.isEmpty()) {
            return new byte[0];
        }
        Supplier<byte[]> make = () -> {
            List<Object> annotations = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                annotations.add(annotation(proven.get(i), inputs.get(i)));
            }
            Json.run(annotations, pageOut, ITEMS_DEPTH);
            pageOut.flush();
            byte[] json = pageBytes.toByteArray();
            pageBytes.reset();
            return json;
        };
        return memo.isPresent() ? memo.get().annotations(page.path(), inputs, make) : make.get();
    }

    /**
     * Everything an excerpt's annotation depends on but the site's language: the annotation is
     * made from these (and from the excerpt's passages, which its paragraphs and quotes decide).
     */
    private PublishMemo.Annotated inputs(ResolvedExcerpt excerpt, String commentary) {
        SourceRecord source = excerpt.source();
        List<PublishMemo.Passage> passages = new ArrayList<>(excerpt.quoteParagraphs().size());
        for (int i = 0; i < excerpt.quoteParagraphs().size(); i++) {
            Paragraph paragraph = source.paragraph(excerpt.paragraph() + i).orElseThrow();
            passages.add(new PublishMemo.Passage(paragraph.text(), excerpt.quoteParagraphs().get(i), paragraphOffset(source, paragraph)));
        }
        return new PublishMemo.Annotated(ids.href(excerpt.page().uri()) + "#" + excerpt.anchor(),
                source.url().optional().orElse(ids.href(Dossier.sourceUri(source))), commentary, passages);
    }

    private Map<String, Object> annotation(ResolvedExcerpt excerpt, PublishMemo.Annotated inputs) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", inputs.id());
        a.put("type", "Annotation");
        a.put("motivation", inputs.commentary().isEmpty() ? "highlighting" : "commenting");
        if (!inputs.commentary().isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "TextualBody");
            body.put("value", inputs.commentary());
            body.put("format", "text/plain");
            body.put("language", site.language());
            body.put("purpose", "commenting");
            a.put("body", body);
        }
        List<QuotedPassage> passages = excerpt.passages();
        List<Object> targets = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            targets.add(target(inputs.source(), passages.get(i), inputs.passages().get(i).offset()));
        }
        a.put("target", targets.size() == 1 ? targets.get(0) : targets);
        return a;
    }

    private static Map<String, Object> target(String source, QuotedPassage passage, int base) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", passage.exact());
        putUnlessEmpty(quote, "prefix", passage.prefix(CONTEXT)); // none when the quote opens or closes its paragraph
        putUnlessEmpty(quote, "suffix", passage.suffix(CONTEXT));
        String text = passage.paragraph().text();
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", base + text.codePointCount(0, passage.start()));
        position.put("end", base + text.codePointCount(0, passage.end()));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", source);
        target.put("selector", List.of(quote, position));
        return target;
    }

    private static void putUnlessEmpty(Map<String, Object> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }

    /** Where a paragraph starts in the record's text (paragraphs joined by "\n\n"), in code points. */
    private int paragraphOffset(SourceRecord source, Paragraph paragraph) {
        int[] starts = offsets.computeIfAbsent(source.id(), id -> {
            List<Paragraph> paragraphs = source.paragraphs();
            int[] s = new int[paragraphs.size()];
            int at = 0;
            for (int i = 0; i < paragraphs.size(); i++) {
                s[i] = at;
                at += paragraphs.get(i).text().codePointCount(0, paragraphs.get(i).text().length()) + 2;
            }
            return s;
        });
        return starts[paragraph.number() - 1];
    }
}
