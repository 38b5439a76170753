package dossier.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores opening tags that an export has stripped while keeping the closing ones
 * ({@code Why It Matters</b></p>}). Without this an HTML parser ignores the stray closers and the
 * whole post reads as one paragraph. Each closing tag with no open element of its name is given
 * an opening tag at the start of its block (just after the previous block boundary), so
 * paragraphs are split where they were and an all-bold paragraph stays bold. Where inside its
 * block a stripped inline element began cannot be known; taking the block start only changes
 * formatting, never text. Well-formed HTML is returned unchanged.
 *
 * <p>A stray {@code </a>} is the end of a link whose opening tag, with its target, is gone. Its
 * anchor text is taken to be the run of text just before it ({@code Beijing </span>clarified</span></a>}
 * gives "clarified", the way WordPress wraps a link's text in a span): an opening
 * {@code <a data-dossier-stripped="">} is put before that run, and stray inline closers between the
 * run and the {@code </a>} are dropped (their openers were inside the link). The link then keeps
 * its words, and the record can say that its target was lost.
 */
final class StrippedTags {
    private static final Pattern TAG = Pattern.compile("<!--.*?(?:-->|\\z)|<(/?)([A-Za-z][A-Za-z0-9-]*)\\b[^>]*>", Pattern.DOTALL);
    private static final Set<String> BLOCK = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure",
            "figcaption", "pre", "section", "article", "table", "tr", "td", "th", "dl", "dt", "dd");
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private StrippedTags() {
    }

    /** The opening tag put before the anchor text of a link whose own opening tag was stripped. */
    static final String STRIPPED_LINK = "<a data-dossier-stripped=\"\">";

    /** A tag of the input: where it ends, its lowercase name (null for a comment), and whether it closes. */
    private record Tag(int start, int end, String name, boolean closing, String text) {
    }

    static String repair(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        StringBuilder segment = new StringBuilder(); // text since the last block boundary
        List<String> openers = new ArrayList<>();   // restored openers for the segment, innermost first
        Map<String, Integer> open = new HashMap<>();
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
            tags.add(new Tag(m.start(), m.end(), name, m.group(1) != null && !m.group(1).isEmpty(), m.group()));
        }
        int last = 0;
        int textStart = 0; // where in the segment the last run of text began
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            String between = html.substring(last, tag.start());
            if (!between.isBlank()) {
                textStart = segment.length();
            }
            segment.append(between);
            last = tag.end();
            String name = tag.name();
            if (name == null || VOID.contains(name) || tag.text().endsWith("/>")) {
                segment.append(tag.text()); // comment, void or self-closed tag
                continue;
            }
            boolean closing = tag.closing();
            int count = open.getOrDefault(name, 0);
            if (!closing) {
                open.put(name, count + 1);
            } else if (count > 0) {
                open.put(name, count - 1);
            } else if (name.equals("a")) {
                segment.insert(Math.min(textStart, segment.length()), STRIPPED_LINK); // the link's words: the run of text just before
            } else if (!BLOCK.contains(name) && endsStrippedLink(html, tags, i, open)) {
                continue; // an inline closer inside a stripped link: its opener was inside the link too
            } else {
                openers.add("<" + name + ">");
            }
            segment.append(tag.text());
            if (BLOCK.contains(name)) {
                emit(out, openers, segment);
                textStart = 0;
            }
        }
        segment.append(html, last, html.length());
        emit(out, openers, segment);
        return out.toString();
    }

    /** Whether only closing tags (and white space) stand between tag {@code i} and a stray {@code </a>}. */
    private static boolean endsStrippedLink(String html, List<Tag> tags, int i, Map<String, Integer> open) {
        if (open.getOrDefault("a", 0) > 0) {
            return false;
        }
        for (int j = i + 1; j < tags.size(); j++) {
            Tag next = tags.get(j);
            if (!html.substring(tags.get(j - 1).end(), next.start()).isBlank() || !next.closing() || next.name() == null
                    || BLOCK.contains(next.name())) {
                return false;
            }
            if (next.name().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static void emit(StringBuilder out, List<String> openers, StringBuilder segment) {
        for (int i = openers.size() - 1; i >= 0; i--) {
            out.append(openers.get(i)); // the last stray closer closes the outermost element
        }
        out.append(segment);
        openers.clear();
        segment.setLength(0);
    }
}
