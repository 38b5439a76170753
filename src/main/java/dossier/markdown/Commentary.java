package dossier.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dossier.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/**
 * The editors' commentary on each excerpt of a page: the paragraphs that follow it (also those
 * in lists and plain quotations) up to the next excerpt or heading, as plain text, paragraphs
 * separated by a blank line. Inline citations stay as written ("[@key, ¶7]") so the text keeps
 * its attributions.
 */
final class Commentary {
    private Commentary() {
    }

    /** Per excerpt, by ordinal: its commentary, "" when another excerpt or a heading follows at once. */
    static List<String> of(Node document, int excerpts) {
        List<String> commentary = new ArrayList<>(java.util.Collections.nCopies(excerpts, ""));
        collect(document, commentary);
        return List.copyOf(commentary);
    }

    private static void collect(Node node, List<String> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Excerpt excerpt) {
                if (excerpt.ordinal() >= 0 && excerpt.ordinal() < out.size()) {
                    out.set(excerpt.ordinal(), after(excerpt));
                }
            } else {
                collect(child, out);
            }
        }
    }

    private static String after(Excerpt excerpt) {
        List<String> paragraphs = new ArrayList<>();
        for (Node next = excerpt.getNext(); next != null && !(next instanceof Excerpt) && !(next instanceof Heading); next = next.getNext()) {
            paragraphs(next, paragraphs);
        }
        return String.join("\n\n", paragraphs);
    }

    private static void paragraphs(Node node, List<String> out) {
        if (node instanceof Paragraph) {
            StringBuilder text = new StringBuilder();
            PlainText.collect(node, text, true);
            String clean = Whitespace.collapse(text);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Excerpt) {
                return; // an excerpt nested further down starts its own commentary
            }
            paragraphs(child, out);
        }
    }
}
