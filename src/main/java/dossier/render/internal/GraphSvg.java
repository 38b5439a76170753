package dossier.render.internal;

import dossier.text.Numbers;
import dossier.text.Markup;
import java.util.List;

/**
 * A co-mention graph as static SVG: nodes on a circle in a fixed order (so the same dossier always
 * draws the same picture), edges as lines whose width grows with the number of shared paragraphs,
 * every node a link to its entity page. A centre node, when given, is drawn in the middle.
 */
public final class GraphSvg {
    private static final int SIZE = 640;
    private static final int RADIUS = 250;

    public record Node(String label, String href, boolean centre) {
    }

    public record Edge(int from, int to, int weight) {
    }

    private GraphSvg() {
    }

    public static String svg(String title, List<Node> nodes, List<Edge> edges) {
        double[][] at = positions(nodes);
        int maxWeight = edges.stream().mapToInt(Edge::weight).max().orElse(1);
        StringBuilder svg = new StringBuilder();
        // a group, not an img: the children of an img are hidden from assistive technology, and these are links
        svg.append("<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-60 -20 ").append(SIZE + 120).append(' ').append(SIZE + 40)
                .append("\" role=\"group\" aria-labelledby=\"").append(titleId(title)).append("\">");
        svg.append("<title id=\"").append(titleId(title)).append("\">").append(Markup.escape(title)).append("</title>");
        for (Edge edge : edges) {
            double width = 0.6 + 3.0 * edge.weight() / maxWeight;
            svg.append("<line x1=\"").append(Numbers.fixed(at[edge.from()][0], 1)).append("\" y1=\"").append(Numbers.fixed(at[edge.from()][1], 1))
                    .append("\" x2=\"").append(Numbers.fixed(at[edge.to()][0], 1)).append("\" y2=\"").append(Numbers.fixed(at[edge.to()][1], 1))
                    .append("\" class=\"graph-edge\" stroke-width=\"").append(Numbers.fixed(width, 2)).append("\"/>");
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            double x = at[i][0];
            double y = at[i][1];
            String anchor = node.centre() ? "middle" : x < SIZE / 2.0 - 1 ? "end" : x > SIZE / 2.0 + 1 ? "start" : "middle";
            double dx = anchor.equals("end") ? -8 : anchor.equals("start") ? 8 : 0;
            svg.append("<a href=\"").append(Markup.escape(node.href())).append("\">");
            svg.append("<circle cx=\"").append(Numbers.fixed(x, 1)).append("\" cy=\"").append(Numbers.fixed(y, 1))
                    .append("\" r=\"").append(node.centre() ? 9 : 5).append("\" class=\"graph-node").append(node.centre() ? " graph-centre" : "").append("\"/>");
            svg.append("<text x=\"").append(Numbers.fixed(x + dx, 1)).append("\" y=\"").append(Numbers.fixed(y + (node.centre() ? -14 : 4), 1))
                    .append("\" text-anchor=\"").append(anchor).append("\" class=\"graph-label\">").append(Markup.escape(node.label())).append("</text>");
            svg.append("</a>");
        }
        return svg.append("</svg>").toString();
    }

    private static double[][] positions(List<Node> nodes) {
        double[][] at = new double[nodes.size()][2];
        int ring = (int) nodes.stream().filter(n -> !n.centre()).count();
        int k = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).centre()) {
                at[i] = new double[] {SIZE / 2.0, SIZE / 2.0};
            } else {
                double angle = -Math.PI / 2 + 2 * Math.PI * k++ / Math.max(1, ring);
                at[i] = new double[] {SIZE / 2.0 + RADIUS * Math.cos(angle), SIZE / 2.0 + RADIUS * Math.sin(angle)};
            }
        }
        return at;
    }

    static String titleId(String title) {
        return "chart-" + Integer.toHexString(title.hashCode());
    }
}
