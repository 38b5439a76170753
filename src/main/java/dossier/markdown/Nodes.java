package dossier.markdown;

import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Tree walks over flexmark nodes shared by our extensions; iterative, since a tree may be deeper than the stack. */
final class Nodes {
    private Nodes() {
    }

    /** The descendants of {@code root} of the given type, in document order, not looking inside those found. */
    static <T extends Node> List<T> outermost(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        Deque<Node> next = new ArrayDeque<>();
        pushChildren(root, next);
        while (!next.isEmpty()) {
            Node node = next.pop();
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            } else {
                pushChildren(node, next);
            }
        }
        return found;
    }

    /** Pushed last child first, so that they pop in document order. */
    private static void pushChildren(Node node, Deque<Node> stack) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            stack.push(child);
        }
    }

    /**
     * The first node, in document order, that lies deeper than {@code limit} levels below
     * {@code root}; null when the tree is no deeper. Our own wrappers around an excerpt and its
     * commentary are no level: the writer did not nest them.
     */
    static Node deeperThan(Node root, int limit) {
        Deque<Node> next = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pushChildren(root, 0, next, depths);
        while (!next.isEmpty()) {
            Node node = next.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return node;
            }
            pushChildren(node, depth, next, depths);
        }
        return null;
    }

    private static void pushChildren(Node node, int depth, Deque<Node> next, Deque<Integer> depths) {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
            next.push(child);
            depths.push(child instanceof Annotation || child instanceof CommentaryBlock ? depth : depth + 1);
        }
    }
}
