package dossier.render.internal;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a graph's SVG back and checks its geometry with the metrics the layout used: no two labels
 * overlap, no label touches a node's circle, and every circle and label lies inside the view box.
 * Returns what is wrong, in words; an empty list is a clean drawing.
 */
public final class GraphGeometry {
    private GraphGeometry() {
    }

    public record Circle(double cx, double cy, double r) {
    }

    public static List<String> problems(Element svg) {
        List<String> problems = new ArrayList<>();
        String[] v = svg.attr("viewBox").trim().split("\\s+");
        if (v.length != 4) {
            return List.of("no view box: " + svg.attr("viewBox"));
        }
        Box view = new Box(num(v[0]), num(v[1]), num(v[0]) + num(v[2]), num(v[1]) + num(v[3]));
        List<Circle> circles = svg.select("circle").stream()
                .map(c -> new Circle(num(c.attr("cx")), num(c.attr("cy")), num(c.attr("r")))).toList();
        List<Element> texts = svg.select("text");
        List<Box> boxes = texts.stream().map(GraphGeometry::box).toList();
        for (int i = 0; i < boxes.size(); i++) {
            String label = texts.get(i).text();
            if (!view.contains(boxes.get(i))) {
                problems.add("label '" + label + "' leaves the view box");
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j), 0)) {
                    problems.add("labels '" + label + "' and '" + texts.get(j).text() + "' overlap");
                }
            }
            for (Circle c : circles) {
                if (boxes.get(i).touchesCircle(c.cx(), c.cy(), c.r(), 0)) {
                    problems.add("label '" + label + "' overlaps the node at " + c.cx() + "," + c.cy());
                }
            }
        }
        for (Circle c : circles) {
            if (!view.contains(new Box(c.cx() - c.r(), c.cy() - c.r(), c.cx() + c.r(), c.cy() + c.r()))) {
                problems.add("the node at " + c.cx() + "," + c.cy() + " leaves the view box");
            }
        }
        for (int i = 0; i < circles.size(); i++) {
            for (int j = i + 1; j < circles.size(); j++) {
                Circle a = circles.get(i);
                Circle b = circles.get(j);
                if (Math.hypot(a.cx() - b.cx(), a.cy() - b.cy()) < a.r() + b.r()) {
                    problems.add("nodes at " + a.cx() + "," + a.cy() + " and " + b.cx() + "," + b.cy() + " overlap");
                }
            }
        }
        return problems;
    }

    /** A label's box, from its anchor point, its anchoring and its text (dx is added, as SVG does). */
    static Box box(Element text) {
        double dx = text.hasAttr("dx") ? num(text.attr("dx")) : 0;
        String anchor = text.hasAttr("text-anchor") ? text.attr("text-anchor") : "start";
        return LabelMetrics.box(text.text(), num(text.attr("x")) + dx, num(text.attr("y")), anchor);
    }

    private static double num(String s) {
        return Double.parseDouble(s.trim());
    }
}
