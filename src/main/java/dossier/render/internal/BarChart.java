package dossier.render.internal;

import dossier.text.Markup;
import dossier.text.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart as static SVG, phone first: each bar's label above it, wrapped over as
 * many lines as it needs; bars from zero on an axis with round ticks and the unit as its title;
 * a range drawn as a lighter extension; every value printed at the end of its bar. No script;
 * readable without CSS.
 *
 * <p>The drawing is {@value #WIDTH} units wide and scales to its box, so the text size is chosen
 * for the narrowest box: at 14 units on 320 it is still 11 CSS px in a 252 px column (a 320 px
 * phone with a scroll bar); the stylesheet caps how far it grows on a wide screen.
 */
public final class BarChart {
    static final int WIDTH = 320;
    static final double FONT = 14;
    private static final double MARGIN = 6;
    private static final double LINE = 17;
    private static final double BAR = 14;
    private static final double GAP = 12;
    private static final double TICK = 4;
    /** How far grid lines reach above and below a bar. */
    private static final double BAND = 2;
    private static final double VALUE_GAP = 4;
    /** Tick labels need this much room between them at least. */
    private static final double TICK_ROOM = 10;
    private static final int MAX_TICKS = 6;
    /** A chart compares: one bar alone is a number, not a chart. */
    public static final int FEWEST_BARS = 2;

    /** @param high null unless the figure is a range */
    public record Bar(String label, BigDecimal value, BigDecimal high, String href) {
        BigDecimal top() {
            return high == null ? value : value.max(high);
        }

        String shown() {
            return value.toPlainString() + (high != null ? "–" + high.toPlainString() : "");
        }
    }

    private BarChart() {
    }

    /**
     * The chart of two bars or more: one bar compares nothing, so a single figure is shown as a
     * number instead.
     *
     * @param id    unique in the page: the chart's title and description take ids from it
     * @param axis  the axis title: the unit (and period) every value is in
     * @param reach the axis runs at least this far: 100 for shares of a whole, so that a bar's
     *              length is its share; zero for no more than the values need
     */
    public static String svg(String id, String title, String axis, List<Bar> bars, BigDecimal reach) {
        if (bars.size() < FEWEST_BARS) {
            throw new IllegalArgumentException("a chart compares " + FEWEST_BARS + " bars or more, not " + bars.size());
        }
        Layout layout = Layout.of(bars, reach);
        List<Row> rows = bars.stream().map(b -> Row.of(b, layout)).toList();
        int titleLines = LabelLines.wrap(axis, WIDTH - layout.left - MARGIN, FONT).size();
        double plotted = MARGIN + rows.stream().mapToDouble(Row::height).sum() - GAP;
        String h = Numbers.fixed(plotted + TICK + TICK + LINE * (titleLines + 1) + 2 + 6 + MARGIN, 1);
        StringBuilder svg = new StringBuilder();
        // a group, not an img: the children of an img are hidden from assistive technology, and these are links
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(h)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(h)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"").append(Numbers.fixed(FONT, 0))
                .append("\" role=\"group\" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id).append("-desc\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(Markup.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Markup.escape(description(layout, axis, bars))).append("</desc>");
        double y = MARGIN;
        StringBuilder drawn = new StringBuilder();
        List<Double> bands = new ArrayList<>();
        for (Row row : rows) {
            bands.add(row.draw(drawn, layout, y));
            y += row.height();
        }
        axis(svg, layout, axis, bands, plotted + TICK);
        svg.append(drawn);
        return svg.append("</svg>").toString();
    }

    /** The chart in words, bar by bar, for those who cannot see it (the table after it says the same). */
    private static String description(Layout layout, String axis, List<Bar> bars) {
        StringBuilder d = new StringBuilder("Bars from zero on an axis in ").append(axis).append(", ")
                .append(AxisTicks.label(layout.ticks.low())).append(" to ").append(AxisTicks.label(layout.ticks.high())).append(". ");
        for (Bar bar : bars) {
            d.append(bar.label()).append(": ").append(bar.shown()).append(". ");
        }
        return d.toString().strip();
    }

    /**
     * A bar with its label's lines above it and its value at its end, or, when the value is too
     * long to fit there, on lines of its own below the bar.
     */
    private record Row(Bar bar, List<String> label, List<String> valueBelow) {
        static Row of(Bar bar, Layout layout) {
            List<String> label = LabelLines.wrap(bar.label(), WIDTH - layout.left - MARGIN, FONT);
            double end = Math.max(layout.x(BigDecimal.ZERO), layout.x(bar.top())) + VALUE_GAP;
            boolean fits = end + TextWidth.of(bar.shown(), FONT) * TextWidth.BOLD <= WIDTH - MARGIN;
            return new Row(bar, label, fits ? List.of() : LabelLines.wrap(bar.shown(), WIDTH - layout.left - MARGIN, FONT * TextWidth.BOLD));
        }

        double height() {
            return label.size() * LINE + 2 + BAR + valueBelow.size() * LINE + GAP;
        }

        /** Draws the row from {@code y} down; returns where its bar's top is. */
        double draw(StringBuilder svg, Layout layout, double y) {
            String left = Numbers.fixed(layout.left, 1);
            svg.append("<a href=\"").append(Markup.escape(bar.href())).append("\">");
            lines(svg, "chart-label", "", left, y, label);
            double barY = y + label.size() * LINE + 2;
            double zero = layout.x(BigDecimal.ZERO);
            double end = layout.x(bar.value());
            rect(svg, "chart-bar", Math.min(zero, end), barY, Math.abs(end - zero));
            double right = Math.max(zero, end);
            if (bar.high() != null && bar.high().compareTo(bar.value()) > 0) {
                double high = layout.x(bar.high());
                rect(svg, "chart-range", end, barY, high - end);
                right = Math.max(right, high);
            }
            if (valueBelow.isEmpty()) {
                svg.append("<text x=\"").append(Numbers.fixed(right + VALUE_GAP, 1)).append("\" y=\"").append(Numbers.fixed(barY + BAR - 2.5, 1))
                        .append("\" class=\"chart-value\" font-weight=\"bold\">").append(Markup.escape(bar.shown())).append("</text>");
            } else {
                lines(svg, "chart-value", " font-weight=\"bold\"", left, barY + BAR, valueBelow);
            }
            svg.append("</a>");
            return barY;
        }

        private static void lines(StringBuilder svg, String cls, String attributes, String x, double y, List<String> lines) {
            svg.append("<text class=\"").append(cls).append('"').append(attributes).append('>');
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<tspan x=\"").append(x).append("\" y=\"").append(Numbers.fixed(y + (i + 1) * LINE - 4, 1))
                        .append("\">").append(Markup.escape(lines.get(i))).append("</tspan>");
            }
            svg.append("</text>");
        }
    }

    private static void line(StringBuilder svg, String cls, String x, double y1, double y2) {
        svg.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(Numbers.fixed(y1, 1))
                .append("\" y2=\"").append(Numbers.fixed(y2, 1)).append("\" class=\"").append(cls).append("\"/>");
    }

    private static void rect(StringBuilder svg, String cls, double x, double y, double width) {
        svg.append("<rect x=\"").append(Numbers.fixed(x, 1)).append("\" y=\"").append(Numbers.fixed(y, 1)).append("\" width=\"")
                .append(Numbers.fixed(width, 1)).append("\" height=\"").append(Numbers.fixed(BAR, 1)).append("\" class=\"").append(cls).append("\"/>");
    }

    /**
     * Grid lines behind each bar (not through the labels above it), the zero line, the ticks and
     * their labels, and the axis title.
     */
    private static void axis(StringBuilder svg, Layout layout, String title, List<Double> bands, double axisY) {
        svg.append("<g class=\"chart-axis\" aria-hidden=\"true\">");
        for (BigDecimal tick : layout.ticks.values()) {
            String x = Numbers.fixed(layout.x(tick), 1);
            String cls = tick.signum() == 0 ? "chart-zero" : "chart-grid";
            for (double barY : bands) {
                line(svg, cls, x, barY - BAND, barY + BAR + BAND);
            }
            line(svg, cls, x, axisY, axisY + TICK);
            svg.append("<text x=\"").append(x).append("\" y=\"").append(Numbers.fixed(axisY + TICK + LINE, 1))
                    .append("\" text-anchor=\"middle\" class=\"chart-tick\">").append(AxisTicks.label(tick)).append("</text>");
        }
        svg.append("<line x1=\"").append(Numbers.fixed(layout.x(layout.ticks.low()), 1)).append("\" x2=\"")
                .append(Numbers.fixed(layout.x(layout.ticks.high()), 1)).append("\" y1=\"").append(Numbers.fixed(axisY, 1))
                .append("\" y2=\"").append(Numbers.fixed(axisY, 1)).append("\" class=\"chart-baseline\"/>");
        List<String> lines = LabelLines.wrap(title, WIDTH - layout.left - MARGIN, FONT);
        svg.append("<text class=\"chart-axis-title\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(Numbers.fixed(layout.left, 1)).append("\" y=\"")
                    .append(Numbers.fixed(axisY + TICK + LINE * (i + 2) + 2, 1)).append("\">").append(Markup.escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text></g>");
    }

    /** Where zero and the axis's ends fall: room on the left for the first tick's label, on the right for values. */
    private record Layout(AxisTicks ticks, double left, double right) {
        static Layout of(List<Bar> bars, BigDecimal reach) {
            BigDecimal lowest = bars.stream().map(Bar::value).reduce(BigDecimal::min).orElseThrow();
            BigDecimal highest = bars.stream().map(Bar::top).reduce(reach, BigDecimal::max);
            double values = bars.stream().mapToDouble(b -> TextWidth.of(b.shown(), FONT) * TextWidth.BOLD).max().orElseThrow();
            double left = MARGIN + TextWidth.of("0", FONT) / 2;
            // a value too long for the end of its bar goes below it, so it may not squeeze the axis to nothing
            double right = WIDTH - MARGIN - Math.min(values + VALUE_GAP, WIDTH * 0.35);
            Layout layout = null;
            // the ticks' labels decide the room at both ends, and the room decides the ticks: twice settles it
            for (int pass = 0; pass < 2; pass++) {
                double l = left;
                double r = right;
                AxisTicks ticks = AxisTicks.around(lowest, highest, t -> fits(t, r - l));
                layout = new Layout(ticks, l, r);
                left = Math.max(left, MARGIN + TextWidth.of(AxisTicks.label(ticks.low()), FONT) / 2);
                right = Math.max(left + WIDTH / 3.0, Math.min(right, WIDTH - MARGIN - TextWidth.of(AxisTicks.label(ticks.high()), FONT) / 2));
            }
            return layout;
        }

        private static boolean fits(AxisTicks ticks, double width) {
            if (ticks.values().size() > MAX_TICKS) {
                return false;
            }
            double spacing = width / (ticks.values().size() - 1);
            double widest = ticks.values().stream().mapToDouble(t -> TextWidth.of(AxisTicks.label(t), FONT)).max().orElseThrow();
            return spacing >= widest + TICK_ROOM;
        }

        double x(BigDecimal value) {
            BigDecimal span = ticks.high().subtract(ticks.low());
            return left + value.subtract(ticks.low()).divide(span, MathContext.DECIMAL64).doubleValue() * (right - left);
        }
    }
}
