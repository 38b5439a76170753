package dossier.ingest;

import dossier.text.Whitespace;
import org.jsoup.Jsoup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a post as exported by the WordPress REST API: one post (/wp-json/wp/v2/posts/ID), or a
 * list holding one post (/wp-json/wp/v2/posts?slug=…, what saving a search by slug gives); a
 * list of several is refused with a note, since one file archives one article. Damaged exports
 * are common (a copy cut off at a size limit, raw line breaks pasted into a string), so the JSON
 * is read leniently ({@link LenientJson}) and every field that arrived whole is used. Where a value
 * was found is written as a sentence ("JSON field link.") because it becomes the record's note.
 */
public final class WordPressJsonReader implements FormatReader {
    static final String FORMAT = "wordpress-json";
    /** Fields worth naming when they are lost, in the order the REST API writes them. */
    private static final List<String> API_ORDER = List.of(
            "id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug", "status", "type", "link",
            "title", "content", "excerpt", "author", "featured_media", "comment_status", "ping_status",
            "sticky", "template", "format", "meta", "categories", "tags");
    private static final List<String> NOTABLE = List.of(
            "date", "date_gmt", "link", "title", "content", "excerpt", "author", "categories", "tags");
    private static final Pattern WP_FIELD = Pattern.compile("\"(rendered|date_gmt|modified_gmt|guid)\"\\s*:");
    private static final Pattern ENDS_WITH_BLOCK = Pattern.compile(
            "(?s).*</(p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|div|table|pre|section)>\\s*");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(String text) {
        String trimmed = text.stripLeading();
        return (trimmed.startsWith("{") || trimmed.startsWith("[")) && WP_FIELD.matcher(trimmed).find();
    }

    @Override
    public ImportedText read(String text) {
        try {
            LenientJson.Result json = LenientJson.parse(text);
            if (json.value() instanceof List<?> list && list.size() > 1) {
                return ImportedText.refused(FORMAT, "the file is a list of " + list.size() + " WordPress posts, and one file"
                        + " archives one article: save each post on its own (/wp-json/wp/v2/posts/ID) and import each");
            }
            return new Post(json).read();
        } catch (RuntimeException e) { // a last guard: readers report, they never throw
            return new ImportedText(FORMAT, Map.of(), List.of(), List.of("the export could not be read: " + e));
        }
    }

    /** One reading of one export. */
    private static final class Post {
        private final LenientJson.Result json;
        private final Map<?, ?> post;
        /** Where the text ends inside the post ("content.rendered", "" for the post itself), or null. */
        private final String cutInside;
        private final Map<String, StatedValue> stated = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();
        private final List<String> lostToCut = new ArrayList<>();

        Post(LenientJson.Result json) {
            this.json = json;
            Object value = json.value();
            boolean listOfOne = value instanceof List<?> list && list.size() == 1;
            Object first = listOfOne ? ((List<?>) value).get(0) : value;
            this.post = first instanceof Map<?, ?> map ? map : Map.of();
            String cut = json.cutInside();
            this.cutInside = !listOfOne || cut == null ? cut
                    : cut.equals("[0]") ? "" : cut.startsWith("[0].") ? cut.substring(4) : cut;
        }

        ImportedText read() {
            if (!json.valid()) {
                notes.add("the JSON is not valid: " + String.join("; ", json.problems()));
            }
            if (json.value() instanceof List<?> list && list.isEmpty()) {
                notes.add("the export is an empty list: it holds no post");
            } else if (post.isEmpty()) {
                notes.add("the export holds no JSON object");
            }
            if (cutInside != null) {
                notes.add(cutNote(cutInside));
            }
            title();
            date();
            url();
            author();
            publisherAndLanguage();
            List<Block> blocks = content();
            return new ImportedText(FORMAT, stated, blocks, notes);
        }

        private String cutNote(String path) {
            String top = path.isEmpty() ? lastKey() : path.split("[.\\[]", 2)[0];
            int from = API_ORDER.indexOf(top);
            for (String field : NOTABLE) {
                if (!post.containsKey(field) && (from < 0 || API_ORDER.indexOf(field) > from)) {
                    lostToCut.add(field);
                }
            }
            String where = path.isEmpty()
                    ? (top == null ? "at its start" : "after field " + top)
                    : "inside " + path;
            String lost = lostToCut.isEmpty() ? ""
                    : "; fields after it (" + String.join(", ", lostToCut) + ") are missing";
            return "the export is cut off " + where + lost;
        }

        private String lastKey() {
            String last = null;
            for (Object key : post.keySet()) {
                last = (String) key;
            }
            return last;
        }

        /** A field's string, unless the text ends inside it (a cut value would be stated wrongly). */
        private Optional<String> whole(String path) {
            String cut = cutInside;
            if (cut != null && (cut.equals(path) || cut.startsWith(path + ".") || cut.startsWith(path + "["))) {
                notes.add(path + " is cut off, so it is not used");
                return Optional.empty();
            }
            return JsonPath.string(post, path);
        }

        private void missing(String field, String note) {
            if (!lostToCut.contains(field)) {
                notes.add(note);
            }
        }

        private void title() {
            Optional<String> title = whole("title.rendered").map(Post::htmlToText).filter(t -> !t.isEmpty());
            title.ifPresentOrElse(t -> stated.put("title", new StatedValue(t, "JSON field title.rendered.")),
                    () -> missing("title", "no title: the export has no title.rendered"));
        }

        private void date() {
            Optional<String> local = whole("date");
            Optional<String> gmt = whole("date_gmt");
            Optional<String> fromLocal = local.flatMap(IsoDate::of);
            if (fromLocal.isPresent()) {
                String where = "JSON field date \"" + local.get() + "\" (site time)"
                        + gmt.map(g -> "; date_gmt is \"" + g + "\"").orElse("") + ".";
                stated.put("date", new StatedValue(fromLocal.get(), where));
            } else if (gmt.flatMap(IsoDate::of).isPresent()) {
                stated.put("date", new StatedValue(gmt.flatMap(IsoDate::of).get(),
                        "JSON field date_gmt \"" + gmt.get() + "\" (UTC; the site's own date may differ)."));
            } else if (local.isPresent() || gmt.isPresent()) {
                notes.add("no date: date \"" + local.or(() -> gmt).get() + "\" is not a date");
            } else {
                missing("date", "no date: the export has no date or date_gmt");
            }
        }

        private void url() {
            Optional<String> link = whole("link").map(String::trim).filter(l -> l.startsWith("http"));
            link.ifPresentOrElse(l -> stated.put("url", new StatedValue(l, "JSON field link.")),
                    () -> missing("link", "no url: the export has no link"));
        }

        private void author() {
            Optional<String> embedded = whole("_embedded.author[0].name").map(String::trim).filter(a -> !a.isEmpty());
            Optional<String> yoast = whole("yoast_head_json.author").map(String::trim).filter(a -> !a.isEmpty());
            if (embedded.isPresent()) {
                stated.put("author", new StatedValue(embedded.get(), "JSON field _embedded.author[0].name."));
            } else if (yoast.isPresent()) {
                stated.put("author", new StatedValue(yoast.get(), "JSON field yoast_head_json.author."));
            } else if (post.get("author") instanceof BigDecimal id) {
                notes.add("no author: field author is user id " + id.toPlainString() + ", not a name");
            } else {
                missing("author", "no author: the export has no author");
            }
        }

        private void publisherAndLanguage() {
            Optional<String> site = whole("yoast_head_json.og_site_name").map(String::trim).filter(s -> !s.isEmpty());
            site.ifPresent(s -> stated.put("publisher", new StatedValue(s, "JSON field yoast_head_json.og_site_name.")));
            Optional<String> locale = whole("yoast_head_json.og_locale").map(String::trim)
                    .filter(l -> l.matches("[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*"));
            locale.ifPresent(l -> stated.put("language",
                    new StatedValue(l.replace('_', '-'), "JSON field yoast_head_json.og_locale \"" + l + "\".")));
            List<String> lost = new ArrayList<>();
            site.ifPresentOrElse(s -> { }, () -> lost.add("publisher"));
            locale.ifPresentOrElse(l -> { }, () -> lost.add("language"));
            if (!lost.isEmpty()) { // the REST API itself never states them; the Yoast SEO plugin adds them
                notes.add("no " + String.join(" or ", lost) + ": a post export names them only in yoast_head_json, which "
                        + (post.containsKey("yoast_head_json") ? "lacks them" : "is absent"));
            }
        }

        private List<Block> content() {
            Optional<String> html = JsonPath.string(post, "content.rendered");
            if (html.isEmpty()) {
                missing("content", "no text: the export has no content.rendered");
                return List.of();
            }
            if ("content.rendered".equals(cutInside) && !ENDS_WITH_BLOCK.matcher(html.get()).matches()) {
                notes.add("content.rendered is cut off mid-block: its last block is incomplete");
            }
            List<Block> blocks = HtmlBlocks.from(Jsoup.parseBodyFragment(StrippedTags.repair(html.get())).body());
            if (blocks.isEmpty()) {
                notes.add(Boolean.TRUE.equals(JsonPath.get(post, "content.protected"))
                        ? "no text: the post is password-protected" : "no text: content.rendered holds no text");
            }
            return blocks;
        }

        private static String htmlToText(String html) {
            return Whitespace.collapse(Jsoup.parseBodyFragment(html).text());
        }
    }
}
