package dossier.render.internal;

import dossier.text.Numbers;
import dossier.text.Markup;
import dossier.text.Whitespace;
import java.math.BigDecimal;
import java.util.List;

/**
 * A horizontal bar chart as static SVG: one bar per figure, a range drawn as a lighter extension,
 * every value printed at the end of its bar. No script; readable without CSS; scales to its box.
 */
public final class BarChart {
    private static final int WIDTH = 640;
    private static final int LABEL = 250;
    private static final int ROW = 26;
    private static final int BAR = 16;
    private static final int PAD = 8;
    private static final int VALUE_SPACE = 90;

    /** @param high null unless the figure is a range */
    public record Bar(String label, BigDecimal value, BigDecimal high, String href) {
    }

    private BarChart() {
    }

    public static String svg(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(b -> (b.high() != null ? b.high() : b.value()).doubleValue()).max().orElse(1);
        if (max <= 0) {
            max = 1;
        }
        int height = PAD * 2 + ROW * bars.size();
        double scale = (WIDTH - LABEL - VALUE_SPACE - PAD) / max;
        StringBuilder svg = new StringBuilder();
        // a group, not an img: the children of an img are hidden from assistive technology, and these are links
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"group\" aria-labelledby=\"").append(id(title)).append("\">");
        svg.append("<title id=\"").append(id(title)).append("\">").append(Markup.escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = PAD + i * ROW;
            double w = Math.max(1, bar.value().doubleValue() * scale);
            svg.append("<a href=\"").append(Markup.escape(bar.href())).append("\">");
            svg.append("<text x=\"").append(LABEL - PAD).append("\" y=\"").append(y + BAR - 3)
                    .append("\" text-anchor=\"end\" class=\"chart-label\">").append(Markup.escape(shorten(bar.label()))).append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(Numbers.fixed(w, 1))
                    .append("\" height=\"").append(BAR).append("\" class=\"chart-bar\"/>");
            double end = LABEL + w;
            if (bar.high() != null) {
                double hw = Math.max(0, (bar.high().doubleValue() - bar.value().doubleValue()) * scale);
                svg.append("<rect x=\"").append(Numbers.fixed(end, 1)).append("\" y=\"").append(y).append("\" width=\"").append(Numbers.fixed(hw, 1))
                        .append("\" height=\"").append(BAR).append("\" class=\"chart-range\"/>");
                end += hw;
            }
            String value = bar.value().toPlainString() + (bar.high() != null ? "–" + bar.high().toPlainString() : "");
            svg.append("<text x=\"").append(Numbers.fixed(end + 4, 1)).append("\" y=\"").append(y + BAR - 3)
                    .append("\" class=\"chart-value\">").append(Markup.escape(value)).append("</text>");
            svg.append("</a>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() <= 38 ? label : Whitespace.dropLastWord(label.substring(0, 37)) + "…";
    }

    static String id(String title) {
        return "chart-" + Integer.toHexString(title.hashCode());
    }
}
