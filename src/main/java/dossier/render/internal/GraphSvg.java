package dossier.render.internal;

import dossier.text.Markup;
import dossier.text.Numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A co-mention graph as static SVG, laid out at bake time: a force-directed layout
 * ({@link ForceLayout}), then labels placed so that none overlaps another or a node
 * ({@link LabelPlacement}), in a view box that holds every element. A node's area grows with its
 * mentions, a line's width with the paragraphs its ends share. Drawn one user unit to one CSS pixel,
 * so its text is {@link LabelMetrics#FONT_SIZE} px at any screen width (a figure narrower than the
 * drawing scrolls). Every node but a centre one is a link to its entity; nodes and lines carry
 * their numbers ({@code data-node}, {@code data-a}, {@code data-b}) for js/graph.js to highlight a
 * node's neighbours, an enhancement: without script the drawing and its links work the same.
 */
public final class GraphSvg {
    private static final double MIN_RADIUS = 5;
    private static final double MAX_RADIUS = 16;
    private static final double MARGIN = 6;

    /** @param href null for a centre node, the page's own entity */
    public record Node(String label, String href, int mentions, boolean centre) {
    }

    public record Edge(int from, int to, int weight) {
    }

    private GraphSvg() {
    }

    public static String svg(String title, List<Node> nodes, List<Edge> edges) {
        int n = nodes.size();
        // laid out biggest first (they start in the middle of the spiral), drawn in the caller's order
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> nodes.get(i).centre() ? 0 : 1)
                .thenComparing(i -> -nodes.get(i).mentions()).thenComparing(i -> nodes.get(i).label()).thenComparing(i -> i));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        int maxWeight = edges.stream().mapToInt(Edge::weight).max().orElse(1);
        List<ForceLayout.Spring> springs = new ArrayList<>();
        for (Edge e : edges) {
            springs.add(new ForceLayout.Spring(rank[e.from()], rank[e.to()], e.weight() / (double) maxWeight));
        }
        int pinned = nodes.stream().anyMatch(Node::centre) ? 0 : -1;
        double[][] layout = ForceLayout.positions(n, springs, pinned);
        int maxMentions = Math.max(1, nodes.stream().mapToInt(Node::mentions).max().orElse(1));
        double[] radius = new double[n];
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            Node node = nodes.get(order[r]);
            radius[r] = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.max(0, node.mentions()) / (double) maxMentions);
            labels.add(node.label());
        }
        LabelPlacement.Drawing drawing = LabelPlacement.place(layout, radius, labels, pinned);
        return write(title, nodes, edges, rank, drawing, radius, maxWeight);
    }

    private static String write(String title, List<Node> nodes, List<Edge> edges, int[] rank, LabelPlacement.Drawing drawing,
                                double[] radius, int maxWeight) {
        double[][] at = drawing.at();
        Box bounds = null;
        for (int r = 0; r < at.length; r++) {
            Box circle = new Box(at[r][0] - radius[r], at[r][1] - radius[r], at[r][0] + radius[r], at[r][1] + radius[r]);
            Box both = circle.union(drawing.labels().get(r).box());
            bounds = bounds == null ? both : bounds.union(both);
        }
        if (bounds == null) {
            bounds = new Box(0, 0, 1, 1);
        }
        long left = (long) Math.floor(bounds.left() - MARGIN);
        long top = (long) Math.floor(bounds.top() - MARGIN);
        long width = (long) Math.ceil(bounds.right() + MARGIN) - left;
        long height = (long) Math.ceil(bounds.bottom() + MARGIN) - top;
        String id = titleId(title);
        StringBuilder svg = new StringBuilder();
        // a group, not an img: the children of an img are hidden from assistive technology, and these are links
        svg.append("<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(left).append(' ').append(top).append(' ')
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-size=\"").append(Numbers.fixed(LabelMetrics.FONT_SIZE, 0))
                .append("\" role=\"group\" aria-labelledby=\"").append(id).append("\">");
        svg.append("<title id=\"").append(id).append("\">").append(Markup.escape(title)).append("</title>");
        svg.append("<g class=\"graph-edges\">");
        for (Edge edge : edges) {
            double[] a = at[rank[edge.from()]];
            double[] b = at[rank[edge.to()]];
            double strokeWidth = 1 + 4 * Math.sqrt(edge.weight() / (double) maxWeight);
            svg.append("<line x1=\"").append(Numbers.fixed(a[0], 1)).append("\" y1=\"").append(Numbers.fixed(a[1], 1))
                    .append("\" x2=\"").append(Numbers.fixed(b[0], 1)).append("\" y2=\"").append(Numbers.fixed(b[1], 1))
                    .append("\" class=\"graph-edge\" stroke-width=\"").append(Numbers.fixed(strokeWidth, 2))
                    .append("\" data-a=\"").append(edge.from()).append("\" data-b=\"").append(edge.to()).append("\"/>");
        }
        svg.append("</g><g class=\"graph-nodes\">");
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            int r = rank[i];
            LabelPlacement.Label label = drawing.labels().get(r);
            if (node.centre()) {
                svg.append("<g class=\"graph-item graph-centre-item\" data-node=\"").append(i).append("\">");
            } else {
                svg.append("<a href=\"").append(Markup.escape(node.href())).append("\" class=\"graph-item\" data-node=\"").append(i).append("\">");
            }
            svg.append("<circle cx=\"").append(Numbers.fixed(at[r][0], 1)).append("\" cy=\"").append(Numbers.fixed(at[r][1], 1))
                    .append("\" r=\"").append(Numbers.fixed(radius[r], 1)).append("\" class=\"graph-node").append(node.centre() ? " graph-centre" : "")
                    .append("\"/>");
            svg.append("<text x=\"").append(Numbers.fixed(label.x(), 1)).append("\" y=\"").append(Numbers.fixed(label.y(), 1))
                    .append("\" text-anchor=\"").append(label.anchor()).append("\" class=\"graph-label\">").append(Markup.escape(node.label()))
                    .append("</text>");
            svg.append(node.centre() ? "</g>" : "</a>");
        }
        return svg.append("</g></svg>").toString();
    }

    /** The id of the drawing's title element, from the title: the same drawing always gets the same id. */
    static String titleId(String title) {
        return "chart-" + Integer.toHexString(title.hashCode());
    }
}
