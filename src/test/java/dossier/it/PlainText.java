package dossier.it;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** An element's text exactly as written (no white space folded), and which of its characters stand inside a mark. */
final class PlainText {
    private PlainText() {
    }

    static String of(Element element) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }, element);
        return text.toString();
    }

    static boolean[] marked(Element element) {
        String text = of(element);
        boolean[] marked = new boolean[text.length()];
        int[] at = {0};
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode t) {
                boolean inMark = false;
                for (Element parent = t.parent(); parent != null && parent != element; parent = parent.parent()) {
                    inMark |= parent.is("mark");
                }
                for (int i = 0; i < t.getWholeText().length(); i++) {
                    marked[at[0]++] = inMark;
                }
            }
        }, element);
        return marked;
    }

    /** The number of characters of the element's text before the given descendant. */
    static int offsetOf(Element element, Node descendant) {
        int[] at = {0};
        int[] found = {-1};
        NodeTraversor.traverse((node, depth) -> {
            if (node == descendant && found[0] < 0) {
                found[0] = at[0];
            }
            if (node instanceof TextNode t && found[0] < 0) {
                at[0] += t.getWholeText().length();
            }
        }, element);
        return found[0];
    }
}
