package dossier.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;

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

    /**
     * Per excerpt, by ordinal: its commentary, "" when another excerpt or a heading follows at once.
     *
     * @param citations keep inline citations as written ("[@key, ¶7]", for exports that keep the
     *                  attributions), or drop them (for readers and the search index)
     */
    static List<String> of(Node document, int excerpts, boolean citations, PageText texts) {
        List<String> commentary = new ArrayList<>(java.util.Collections.nCopies(excerpts, ""));
        collect(document, commentary, citations, texts);
        return List.copyOf(commentary);
    }

    private static void collect(Node node, List<String> out, boolean citations, PageText texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Excerpt excerpt) {
                if (excerpt.ordinal() >= 0 && excerpt.ordinal() < out.size()) {
                    out.set(excerpt.ordinal(), after(excerpt, citations, texts));
                }
            } else {
                collect(child, out, citations, texts);
            }
        }
    }

    private static String after(Excerpt excerpt, boolean citations, PageText texts) {
        List<String> paragraphs = new ArrayList<>();
        for (Node next = excerpt.getNext(); next != null && !(next instanceof Excerpt) && !(next instanceof Heading); next = next.getNext()) {
            paragraphs(next, paragraphs, citations, texts);
        }
        return String.join("\n\n", paragraphs);
    }

    private static void paragraphs(Node node, List<String> out, boolean citations, PageText texts) {
        if (node instanceof Paragraph) {
            String clean = citations ? texts.withCitations(node) : texts.tidy(node);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Excerpt) {
                return; // an excerpt nested further down starts its own commentary
            }
            paragraphs(child, out, citations, texts);
        }
    }
}
