package dossier.render.internal;

/** An axis-aligned rectangle in SVG user units, for the graph's collision checks. */
record Box(double left, double top, double right, double bottom) {
    boolean overlaps(Box other, double gap) {
        return left < other.right + gap && other.left < right + gap && top < other.bottom + gap && other.top < bottom + gap;
    }

    /** Whether a circle comes within {@code gap} of this box. */
    boolean touchesCircle(double cx, double cy, double r, double gap) {
        double dx = Math.max(Math.max(left - cx, 0), cx - right);
        double dy = Math.max(Math.max(top - cy, 0), cy - bottom);
        return dx * dx + dy * dy < (r + gap) * (r + gap);
    }

    Box union(Box other) {
        return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right), Math.max(bottom, other.bottom));
    }

    boolean contains(Box other) {
        return other.left >= left && other.right <= right && other.top >= top && other.bottom <= bottom;
    }

    double width() {
        return right - left;
    }

    double height() {
        return bottom - top;
    }
}
