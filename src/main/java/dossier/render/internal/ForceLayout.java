package dossier.render.internal;

import java.util.List;

/**
 * Fruchterman–Reingold force-directed positions, deterministic: a fixed start (a sunflower spiral in
 * the nodes' given order, most important first, so hubs start in the middle), a fixed number of
 * iterations, pairs visited in index order, and StrictMath for the trigonometry (Math's may differ
 * between platforms). Every node repels every other; an edge pulls its ends together, harder the
 * more paragraphs they share; a pull to the middle keeps separate clusters near. Quadratic per
 * iteration, which is why callers cap the graph (a few hundred nodes). Positions come out in units
 * of the ideal edge length, centred on the origin.
 *
 * <p>Hand-written rather than JGraphT's {@code FRLayoutAlgorithm2D}: that one ignores edge weights,
 * and the label placement that needs most of the care is ours either way; this is some 90 lines.
 */
final class ForceLayout {
    static final int ITERATIONS = 300;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final double GRAVITY = 1.0;

    /** An edge between nodes {@code a} and {@code b}, {@code strength} from 0 (weakest drawn) to 1. */
    record Spring(int a, int b, double strength) {
    }

    private ForceLayout() {
    }

    /** @param pinned a node held at the origin (an entity page's own entity), or -1 */
    static double[][] positions(int n, List<Spring> springs, int pinned) {
        double[][] at = new double[n][2];
        for (int i = 0; i < n; i++) {
            double r = 0.6 * Math.sqrt(i + 0.5);
            at[i][0] = r * StrictMath.cos(i * GOLDEN_ANGLE);
            at[i][1] = r * StrictMath.sin(i * GOLDEN_ANGLE);
        }
        if (pinned >= 0) {
            at[pinned][0] = 0;
            at[pinned][1] = 0;
        }
        double[][] push = new double[n][2];
        double start = Math.max(1, Math.sqrt(n)) * 0.5;
        for (int step = 0; step < ITERATIONS; step++) {
            for (double[] p : push) {
                p[0] = 0;
                p[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = at[i][0] - at[j][0];
                    double dy = at[i][1] - at[j][1];
                    double d2 = dx * dx + dy * dy;
                    if (d2 < 1e-9) { // coincident: part them along a direction fixed by their indices
                        dx = StrictMath.cos(i + j);
                        dy = StrictMath.sin(i + j);
                        d2 = 1e-4;
                    }
                    double f = 1 / d2; // k²/d along the unit vector, with k = 1
                    push[i][0] += dx * f;
                    push[i][1] += dy * f;
                    push[j][0] -= dx * f;
                    push[j][1] -= dy * f;
                }
            }
            for (Spring s : springs) {
                double dx = at[s.a()][0] - at[s.b()][0];
                double dy = at[s.a()][1] - at[s.b()][1];
                double d = Math.sqrt(dx * dx + dy * dy);
                double f = d * (0.5 + s.strength()); // d²/k along the unit vector
                push[s.a()][0] -= dx * f;
                push[s.a()][1] -= dy * f;
                push[s.b()][0] += dx * f;
                push[s.b()][1] += dy * f;
            }
            double limit = start * (1 - step / (double) ITERATIONS) + 0.01;
            for (int i = 0; i < n; i++) {
                if (i == pinned) {
                    continue;
                }
                double gx = push[i][0] - GRAVITY * at[i][0];
                double gy = push[i][1] - GRAVITY * at[i][1];
                double len = Math.sqrt(gx * gx + gy * gy);
                if (len > 0) {
                    double move = Math.min(len, limit) / len;
                    at[i][0] += gx * move;
                    at[i][1] += gy * move;
                }
            }
        }
        return at;
    }
}
