package dossier.check;

import dossier.diag.Report;
import dossier.model.Dossier;
import dossier.model.Figure;
import dossier.model.Period;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Only comparable figures share a chart: the figures an editor gives one {@code chart:} title must
 * have the same unit and be counted over the same period, and there must be two of them at least
 * (a single figure is shown as a number, not a bar).
 */
final class ChartsCheck implements Check {

    @Override
    public void run(Dossier dossier, Report report) {
        Map<String, List<Figure>> charts = new LinkedHashMap<>();
        for (Figure figure : dossier.xref().checkedFigures()) {
            if (figure.chart() != null) {
                charts.computeIfAbsent(figure.chart(), c -> new ArrayList<>()).add(figure);
            }
        }
        charts.forEach((title, figures) -> check(title, figures, report));
    }

    private static void check(String title, List<Figure> figures, Report report) {
        Figure first = figures.get(0);
        if (figures.size() == 1) {
            report.error("figure-chart", first.page().path(), first.position(),
                    "chart '" + title + "' has only this figure: a chart compares two figures or more",
                    "give the figures it compares with the same chart title, or remove chart: to show it as a number");
            return;
        }
        for (Figure figure : figures.subList(1, figures.size())) {
            if (!figure.unit().equals(first.unit())) {
                report.error("figure-chart", figure.page().path(), figure.position(),
                        "chart '" + title + "' compares figures in '" + first.unit() + "' (" + where(first) + "); this one is in '"
                                + figure.unit() + "'",
                        "a chart compares like with like: give this figure a chart of its own, or none");
            } else if (!Objects.equals(figure.per(), first.per())) {
                report.error("figure-chart", figure.page().path(), figure.position(),
                        "chart '" + title + "' compares figures " + counted(first.per()) + " (" + where(first) + "); this one is "
                                + counted(figure.per()),
                        "figures counted over different periods (a quarter, a year) are not comparable: give this figure a chart of its own, or none");
            }
        }
    }

    private static String counted(Period per) {
        return per == null ? "with no period" : "per " + per.word();
    }

    private static String where(Figure figure) {
        return "the first at " + figure.page().path() + ":" + figure.position().line();
    }
}
