package dossier.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import dossier.text.Whitespace;

import java.util.List;


/**
 * The text a reader sees in a block: escapes and entities resolved, emphasis and link markup
 * dropped, code spans and (escaped, so visible) inline HTML as written, line breaks as LF.
 * (flexmark's TextCollectingVisitor keeps closing delimiters, and on continuation lines even the
 * "> " prefix.)
 */
final class PlainText {
    /** What a space is dropped before, where a citation was dropped: " ([.,;:!?)])" → "$1", without a regular expression per block. */
    private static final String DROPPED_BEFORE = ".,;:!?)";

    private PlainText() {
    }

    /**
     * Text whose white space is already collapsed ({@link Whitespace#collapse}), without the space
     * a dropped citation leaves before punctuation: "a claim [@key]." reads "a claim ." otherwise.
     */
    static String tidy(String collapsed) {
        StringBuilder out = null;
        for (int i = 0; i < collapsed.length() - 1; i++) {
            if (collapsed.charAt(i) == ' ' && DROPPED_BEFORE.indexOf(collapsed.charAt(i + 1)) >= 0) {
                if (out == null) {
                    out = new StringBuilder(collapsed.length()).append(collapsed, 0, i);
                }
            } else if (out != null) {
                out.append(collapsed.charAt(i));
            }
        }
        if (out == null) {
            return collapsed.strip();
        }
        return out.append(collapsed.charAt(collapsed.length() - 1)).toString().strip();
    }

    /** An inline citation left out of a block's text: where it stood in the text, and as written ("[@key, ¶7]"). */
    record Dropped(int at, String written) {
    }

    /**
     * Appends the text a reader sees to {@code out}, inline citations dropped: each is noted in
     * {@code dropped}, so that the text with them (for exports that keep the attributions) is the
     * same text with each put back where it was ({@link #withCitations}), not a second walk.
     */
    static void collect(Node node, StringBuilder out, List<Dropped> dropped) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append('\n');
            } else if (child instanceof Code code) {
                out.append(code.getText());
            } else if (child instanceof DelimitedLinkNode autoLink) {
                out.append(autoLink.getText());
            } else if (child instanceof HtmlInlineComment) {
                continue; // an editors' note, not published (see MarkdownProcessor)
            } else if (child instanceof HtmlInlineBase html) {
                out.append(html.getChars());
            } else if (child instanceof CitationRef citation) {
                dropped.add(new Dropped(out.length(), citation.written()));
            } else if (child instanceof WikiLinkRef wikiLink) {
                out.append(wikiLink.shown());
            } else if (child.hasChildren()) {
                collect(child, out, dropped);
            } else {
                // flexmark's unescape looks for '\\' or '&' with a regular expression over the
                // sequence, per text node: the plain check first, as the same answer is then known
                String chars = child.getChars().toString();
                out.append(chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : child.getChars().unescape());
            }
        }
    }

    /** The text {@link #collect} made with its dropped citations put back, in order. */
    static String withCitations(String text, List<Dropped> dropped) {
        StringBuilder out = new StringBuilder(text.length() + 16 * dropped.size());
        int from = 0;
        for (Dropped citation : dropped) {
            out.append(text, from, citation.at()).append(citation.written());
            from = citation.at();
        }
        return out.append(text, from, text.length()).toString();
    }
}
