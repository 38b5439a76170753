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

    static String repair(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        StringBuilder segment = new StringBuilder(); // text since the last block boundary
        List<String> openers = new ArrayList<>();   // restored openers for the segment, innermost first
        Map<String, Integer> open = new HashMap<>();
        Matcher m = TAG.matcher(html);
        int last = 0;
        while (m.find()) {
            segment.append(html, last, m.start());
            last = m.end();
            String name = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
            if (name == null || VOID.contains(name) || m.group().endsWith("/>")) {
                segment.append(m.group()); // comment, void or self-closed tag
                continue;
            }
            boolean closing = !m.group(1).isEmpty();
            int count = open.getOrDefault(name, 0);
            if (!closing) {
                open.put(name, count + 1);
            } else if (count > 0) {
                open.put(name, count - 1);
            } else {
                openers.add("<" + name + ">");
            }
            segment.append(m.group());
            if (BLOCK.contains(name)) {
                emit(out, openers, segment);
            }
        }
        segment.append(html, last, html.length());
        emit(out, openers, segment);
        return out.toString();
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
