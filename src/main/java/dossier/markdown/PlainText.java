package dossier.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import dossier.text.Whitespace;

import java.util.regex.Pattern;

/**
 * The text a reader sees in a block: escapes and entities resolved, emphasis and link markup
 * dropped, code spans and (escaped, so visible) inline HTML as written, line breaks as LF.
 * (flexmark's TextCollectingVisitor keeps closing delimiters, and on continuation lines even the
 * "> " prefix.)
 */
final class PlainText {
    private static final Pattern DROPPED_CITATION_SPACE = Pattern.compile(" ([.,;:!?)])");

    private PlainText() {
    }

    /**
     * @param citations whether inline citations are kept as written ("[@key, ¶7]"): not in quotes,
     *                  where they are not the source's words, but in commentary, where they carry
     *                  the attribution
     */
    /** White space collapsed; a dropped citation leaves the space before it: "a claim [@key]." reads "a claim ." */
    static String tidy(CharSequence text) {
        return DROPPED_CITATION_SPACE.matcher(Whitespace.collapse(text)).replaceAll("$1").strip();
    }

    /** @return whether the node holds an inline citation (kept or dropped) */
    static boolean collect(Node node, StringBuilder out, boolean citations) {
        boolean cites = false;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append('\n');
            } else if (child instanceof Code code) {
                out.append(code.getText());
            } else if (child instanceof DelimitedLinkNode autoLink) {
                out.append(autoLink.getText());
            } else if (child instanceof HtmlInlineBase html) {
                out.append(html.getChars());
            } else if (child instanceof CitationRef citation) {
                cites = true;
                if (citations) {
                    out.append(citation.written());
                }
            } else if (child instanceof WikiLinkRef wikiLink) {
                out.append(wikiLink.shown());
            } else if (child.hasChildren()) {
                cites |= collect(child, out, citations);
            } else {
                out.append(child.getChars().unescape());
            }
        }
        return cites;
    }
}
