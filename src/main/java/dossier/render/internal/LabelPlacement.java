package dossier.render.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a force layout into a drawing in which no label overlaps another label or any node, and no
 * two nodes overlap. Each node first claims a footprint (its circle and its label below it) and
 * footprints that collide are pushed apart; then each label takes the first free place of eight
 * around its node (below, above, right, left, then the corners), the biggest nodes choosing
 * first. If one finds none, the whole drawing is spread out by a sixth and placed again, since
 * spreading nodes while labels keep their size frees room. All of it is deterministic: fixed
 * orders and fixed round counts.
 */
final class LabelPlacement {
    /** Room between a label and anything else, and between a node and its own label. */
    static final double GAP = 3;
    private static final int SWEEPS = 60;
    private static final int ROUNDS = 24;
    private static final double SPREAD = 7 / 6.0;
    /** Footprints cover this share of the first try's area: room for the lines between them. */
    private static final double DENSITY = 0.3;

    /** Where a node's label is drawn: the text's anchor point, how it is anchored, and its box. */
    record Label(double x, double y, String anchor, Box box) {
    }

    record Drawing(double[][] at, List<Label> labels) {
    }

    private LabelPlacement() {
    }

    /**
     * @param layout positions from {@link ForceLayout}, in units of the ideal edge length
     * @param pinned a node to keep where the layout put it, or -1
     */
    static Drawing place(double[][] layout, double[] radius, List<String> labels, int pinned) {
        int n = layout.length;
        double[] width = labels.stream().mapToDouble(LabelMetrics::width).toArray();
        double[][] at = firstScale(layout, radius, width);
        for (int round = 0; round < ROUNDS; round++) {
            separate(at, radius, width, pinned);
            List<Label> placed = labels(at, radius, labels);
            if (placed != null) {
                return new Drawing(at, placed);
            }
            for (double[] p : at) {
                p[0] *= SPREAD;
                p[1] *= SPREAD;
            }
        }
        return column(radius, labels, n);
    }

    /** Scales the layout so that the footprints fill {@link #DENSITY} of its box, a little wider than tall for labels that are. */
    private static double[][] firstScale(double[][] layout, double[] radius, double[] width) {
        int n = layout.length;
        double area = 0;
        for (int i = 0; i < n; i++) {
            area += footprintWidth(radius[i], width[i]) * footprintHeight(radius[i]);
        }
        double w = 0;
        double h = 0;
        for (double[] p : layout) {
            w = Math.max(w, Math.abs(p[0]));
            h = Math.max(h, Math.abs(p[1]));
        }
        double stretch = 1.4;
        double boxArea = Math.max(1e-6, 4 * w * stretch * h);
        double scale = n < 2 ? 1 : Math.sqrt(area / DENSITY / boxArea);
        double[][] at = new double[n][2];
        for (int i = 0; i < n; i++) {
            at[i][0] = layout[i][0] * scale * stretch;
            at[i][1] = layout[i][1] * scale;
        }
        return at;
    }

    private static double footprintWidth(double r, double labelWidth) {
        return Math.max(2 * r, labelWidth) + 2 * GAP;
    }

    private static double footprintHeight(double r) {
        return 2 * r + 2 * GAP + (LabelMetrics.ASCENT + LabelMetrics.DESCENT) * LabelMetrics.FONT_SIZE + GAP;
    }

    private static Box footprint(double[] p, double r, double labelWidth) {
        double half = footprintWidth(r, labelWidth) / 2;
        return new Box(p[0] - half, p[1] - r - GAP, p[0] + half, p[1] - r - GAP + footprintHeight(r));
    }

    /** Pushes colliding footprints apart along the axis where they overlap least, in a fixed order. */
    private static void separate(double[][] at, double[] radius, double[] width, int pinned) {
        int n = at.length;
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    Box a = footprint(at[i], radius[i], width[i]);
                    Box b = footprint(at[j], radius[j], width[j]);
                    if (!a.overlaps(b, 0)) {
                        continue;
                    }
                    moved = true;
                    double ox = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
                    double oy = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
                    boolean alongX = ox / a.width() < oy / a.height();
                    int axis = alongX ? 0 : 1;
                    double need = (alongX ? ox : oy) + 0.5;
                    // each moves away from the other; on a tie the later one moves on, never by chance
                    double sign = at[j][axis] >= at[i][axis] ? 1 : -1;
                    double shareI = i == pinned ? 0 : j == pinned ? 1 : 0.5;
                    at[i][axis] -= sign * need * shareI;
                    at[j][axis] += sign * need * (1 - shareI);
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    /** Each label at the first free place around its node, biggest nodes first; null if some label finds none. */
    private static List<Label> labels(double[][] at, double[] radius, List<String> text) {
        int n = at.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = at[i][0] - at[j][0];
                double dy = at[i][1] - at[j][1];
                if (Math.sqrt(dx * dx + dy * dy) < radius[i] + radius[j] + GAP) {
                    return null;
                }
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> radius[a] != radius[b] ? Double.compare(radius[b], radius[a]) : Integer.compare(a, b));
        Label[] placed = new Label[n];
        List<Box> taken = new ArrayList<>();
        for (int i : order) {
            Label label = null;
            for (Label candidate : candidates(at[i], radius[i], text.get(i))) {
                if (isFree(candidate.box(), taken, at, radius)) {
                    label = candidate;
                    break;
                }
            }
            if (label == null) {
                return null;
            }
            placed[i] = label;
            taken.add(label.box());
        }
        return List.of(placed);
    }

    private static boolean isFree(Box box, List<Box> taken, double[][] at, double[] radius) {
        for (Box other : taken) {
            if (box.overlaps(other, GAP)) {
                return false;
            }
        }
        for (int k = 0; k < at.length; k++) {
            if (box.touchesCircle(at[k][0], at[k][1], radius[k], GAP - 1)) {
                return false;
            }
        }
        return true;
    }

    private static List<Label> candidates(double[] p, double r, String text) {
        double f = LabelMetrics.FONT_SIZE;
        double below = p[1] + r + GAP + LabelMetrics.ASCENT * f;
        double above = p[1] - r - GAP - LabelMetrics.DESCENT * f;
        double middle = p[1] + (LabelMetrics.ASCENT - LabelMetrics.DESCENT) / 2 * f;
        double side = r + GAP;
        double corner = r * 0.72 + GAP;
        List<Label> out = new ArrayList<>(8);
        add(out, text, p[0], below, "middle");
        add(out, text, p[0], above, "middle");
        add(out, text, p[0] + side, middle, "start");
        add(out, text, p[0] - side, middle, "end");
        add(out, text, p[0] + corner, p[1] + corner + LabelMetrics.ASCENT * f, "start");
        add(out, text, p[0] + corner, p[1] - corner - LabelMetrics.DESCENT * f, "start");
        add(out, text, p[0] - corner, p[1] + corner + LabelMetrics.ASCENT * f, "end");
        add(out, text, p[0] - corner, p[1] - corner - LabelMetrics.DESCENT * f, "end");
        return out;
    }

    private static void add(List<Label> out, String text, double x, double y, String anchor) {
        out.add(new Label(x, y, anchor, LabelMetrics.box(text, x, y, anchor)));
    }

    /** The last resort, which always fits: the nodes in a column, each label to its right. */
    private static Drawing column(double[] radius, List<String> text, int n) {
        double[][] at = new double[n][2];
        List<Label> labels = new ArrayList<>();
        double rowHeight = 2 * Arrays.stream(radius).max().orElse(0) + 2 * GAP + (LabelMetrics.ASCENT + LabelMetrics.DESCENT) * LabelMetrics.FONT_SIZE;
        for (int i = 0; i < n; i++) {
            at[i][1] = i * rowHeight;
            double x = radius[i] + GAP;
            double y = at[i][1] + (LabelMetrics.ASCENT - LabelMetrics.DESCENT) / 2 * LabelMetrics.FONT_SIZE;
            labels.add(new Label(x, y, "start", LabelMetrics.box(text.get(i), x, y, "start")));
        }
        return new Drawing(at, labels);
    }
}
