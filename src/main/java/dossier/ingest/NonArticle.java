package dossier.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which HTML elements hold no article text, so that they are removed before any text is
 * read: code and embeds (their text is not prose, and may be hostile), forms, media fallbacks and
 * page chrome.
 *
 * <p>Dropped by tag: script, style, noscript, template, iframe, object, embed, applet, form,
 * button, input, select, textarea, svg, canvas, video, audio, map, nav, aside, footer, dialog,
 * menu, head, title, meta, link, base, the raw-text tags xmp, plaintext, noembed, noframes, and
 * header unless it is the root. Also anything with a {@code hidden} attribute or an inline
 * {@code display:none}.
 *
 * <p>Dropped by name (class or id words, block elements only, so that an inline
 * {@code <span class="share-price">} inside a sentence survives): navigation and menus,
 * breadcrumbs, share/social bars, related/recommended/most-read lists, newsletter and subscribe
 * boxes, comments, ads and sponsored boxes, cookie/consent banners, sidebars and widgets,
 * bylines, author boxes, tag lists. By role: navigation, banner, contentinfo, complementary, search, menu,
 * menubar, dialog, alertdialog. A wrapper that holds the article ({@code main}, {@code articleBody}
 * or the headline h1) is never dropped by name: a site's "layout-with-sidebar" div must not take
 * the story with it.
 */
final class NonArticle {
    private static final Set<String> TAGS = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "form",
            "button", "input", "select", "textarea", "svg", "canvas", "video", "audio", "map", "nav",
            "aside", "footer", "dialog", "menu", "head", "title", "meta", "link", "base",
            "xmp", "plaintext", "noembed", "noframes");

    /** Words of a class or id (split at punctuation and camelCase) that mark page furniture. */
    private static final Set<String> WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
            "share", "sharing", "sharebar", "social",
            "related", "recommended", "recommendations", "trending",
            "newsletter", "newsletters", "subscribe", "subscription", "signup",
            "comment", "comments", "disqus",
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "promo",
            "outbrain", "taboola", "dfp", "adsbygoogle",
            "cookie", "cookies", "consent", "gdpr",
            "sidebar", "widget", "byline", "tags");

    /** Whole class names whose single words are too common to match alone. */
    private static final Set<String> NAMES = Set.of(
            "most-popular", "most-read", "popular-posts", "more-stories", "more-news", "read-more",
            "read-next", "also-read", "sign-up", "entry-meta", "post-meta", "article-meta", "author-bio",
            "author-box", "about-author", "about-the-author");

    private static final Set<String> ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
            "dialog", "alertdialog");

    /** Name rules only apply to block elements; inline markup is part of a sentence. */
    private static final Set<String> NAMED_BLOCKS = Set.of(
            "div", "section", "ul", "ol", "li", "p", "figure", "table", "dl", "ins");

    /** WordPress taxonomy classes ("tag-social-media", "category-ads") describe the post, not the element. */
    private static final Pattern TAXONOMY = Pattern.compile("(tag|category|categories|post|postid|format|type|status|has)-.*");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private NonArticle() {
    }

    /** Removes every non-article element below root (root itself is kept). */
    static void strip(Element root) {
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() { // a dropped element's children need no verdict
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && el != root && drops(el, root)) {
                    doomed.add(el);
                    return FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        doomed.forEach(Element::remove);
    }

    /** Whether el, below root, is not article text (its ancestors are not consulted). */
    static boolean drops(Element el, Element root) {
        String tag = el.normalName();
        if (TAGS.contains(tag) || tag.equals("header") && el != root) {
            return true;
        }
        if (el.hasAttr("hidden") || el.hasAttr("style") && HIDDEN_STYLE.matcher(el.attr("style").toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        boolean named = ROLES.contains(el.attr("role").trim().toLowerCase(Locale.ROOT))
                || NAMED_BLOCKS.contains(tag) && (namesFurniture(el.className()) || namesFurniture(el.id()));
        return named && !holdsArticle(el);
    }

    /** Whether el or one of its ancestors up to root is dropped. */
    static boolean insideDropped(Element el, Element root) {
        for (Element e = el; e != null && e != root; e = e.parent()) {
            if (drops(e, root)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesFurniture(String attribute) {
        for (String name : attribute.trim().split("\\s+")) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.isEmpty() || TAXONOMY.matcher(lower).matches()) {
                continue;
            }
            if (NAMES.contains(lower)) {
                return true;
            }
            for (String word : NON_WORD.split(CAMEL.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT))) {
                if (WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsArticle(Element el) {
        String tag = el.normalName();
        return tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")
                || el.selectFirst("main, [role=main], [itemprop=articleBody], h1") != null;
    }
}
