package dossier.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The editors' own words on a page as plain text, for the search index: headings, paragraphs and
 * table cells outside excerpts (the quotes are indexed on their own), inline citations dropped.
 */
final class Prose {
    private Prose() {
    }

    /** The blocks' texts, each with its white space collapsed, separated by blank lines. */
    static String of(Node document, PageText texts) {
        List<String> blocks = new ArrayList<>();
        collect(document, texts, blocks);
        return String.join("\n\n", blocks);
    }

    private static void collect(Node node, PageText texts, List<String> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Excerpt) {
                continue;
            }
            if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) {
                String clean = texts.tidy(child);
                if (!clean.isEmpty()) {
                    out.add(clean);
                }
            } else {
                collect(child, texts, out);
            }
        }
    }
}
