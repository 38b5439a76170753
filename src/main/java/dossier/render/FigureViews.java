package dossier.render;

import dossier.model.Figure;
import dossier.model.Page;
import dossier.model.Period;
import dossier.render.internal.BarChart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures page's view: figures an editor gave the same chart title are drawn together (the
 * check has made sure they share unit and period, and the key below keeps them apart even
 * unchecked); every other figure is shown on its own, as a number, under the page it comes from.
 */
final class FigureViews {
    private FigureViews() {
    }

    /** @param figures of published pages, in page order */
    static Views.Figures of(List<Figure> figures) {
        Map<ChartKey, List<Figure>> charted = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.chart() != null) {
                charted.computeIfAbsent(new ChartKey(f.chart(), f.unit(), f.per()), k -> new ArrayList<>()).add(f);
            }
        }
        int n = 0;
        List<Views.FigureChart> charts = new ArrayList<>();
        Set<Figure> alone = new HashSet<>();
        for (var entry : charted.entrySet()) {
            if (entry.getValue().size() < BarChart.FEWEST_BARS) {
                alone.addAll(entry.getValue());
                continue;
            }
            ChartKey key = entry.getKey();
            List<BarChart.Bar> bars = new ArrayList<>();
            List<Views.FigureView> views = new ArrayList<>();
            for (Figure f : entry.getValue()) {
                Views.FigureView view = figureView(f, "figure-" + (++n));
                views.add(view);
                bars.add(new BarChart.Bar(f.measures(), f.value(), f.high(), "#" + view.id()));
            }
            String axis = key.unit() + (key.per() == null ? "" : " per " + key.per().word());
            String svg = BarChart.svg("chart-" + (charts.size() + 1), key.title(), axis, bars, reach(key.unit(), entry.getValue()));
            charts.add(new Views.FigureChart(key.title(), axis, svg, List.copyOf(views)));
        }
        Map<Page, List<Views.FigureView>> byPage = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.chart() == null || alone.contains(f)) {
                byPage.computeIfAbsent(f.page(), p -> new ArrayList<>()).add(figureView(f, "figure-" + (++n)));
            }
        }
        List<Views.FigureStats> singles = byPage.entrySet().stream()
                .map(e -> new Views.FigureStats(e.getKey().title(), e.getKey().uri(), List.copyOf(e.getValue()))).toList();
        return new Views.Figures("Figures", charts, singles, figures.size());
    }

    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    /** Shares of a whole are drawn against the whole (0 to 100 %); other axes reach as far as the values. */
    private static BigDecimal reach(String unit, List<Figure> figures) {
        boolean shares = (unit.equals("percent") || unit.equals("%")) && figures.stream()
                .allMatch(f -> f.value().signum() >= 0 && (f.high() == null ? f.value() : f.high()).compareTo(WHOLE) <= 0);
        return shares ? WHOLE : BigDecimal.ZERO;
    }

    /** What makes figures comparable on one axis: the editor's title, and the same unit and period. */
    private record ChartKey(String title, String unit, Period per) {
    }

    private static Views.FigureView figureView(Figure f, String id) {
        String value = f.value().toPlainString() + (f.high() != null ? "–" + f.high().toPlainString() : "");
        return new Views.FigureView(value, f.unit(), f.per() == null ? null : "per " + f.per().word(), f.measures(),
                f.asOf() == null ? null : f.asOf().display(), ViewFactory.citeHref(f.citation(), ""), ViewFactory.citeLabel(f.citation()), f.page().uri(),
                f.page().title(), id);
    }
}
