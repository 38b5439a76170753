package dossier.markdown;

import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/** Tree walks over flexmark nodes shared by our extensions. */
final class Nodes {
    private Nodes() {
    }

    /** The descendants of {@code root} of the given type, in document order, not looking inside those found. */
    static <T extends Node> List<T> outermost(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Node> void collect(Node node, Class<T> type, List<T> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            } else {
                collect(child, type, found);
            }
        }
    }
}
