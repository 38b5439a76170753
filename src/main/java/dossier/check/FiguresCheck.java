package dossier.check;

import dossier.diag.Fix;
import dossier.diag.Report;
import dossier.diag.Span;
import dossier.model.Dossier;
import dossier.model.Figure;
import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import dossier.text.NumberWords;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A figure must be the source's number: its value (and the top of a range) must appear in the
 * cited paragraph, as digits ("360", "10.46", "1,200", "$40bn") or in words ("nine", "ninety",
 * "two hundred and five", "two and a half": {@link NumberWords}).
 */
final class FiguresCheck implements Check {
    /** A thousands separator between digits ("1,200"), which the value does not write. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

    @Override
    public void run(Dossier dossier, Report report) {
        for (Figure figure : dossier.xref().checkedFigures()) {
            if (figure.citation().paragraph() == 0) {
                report.error("figure-paragraph", figure.page().path(), figure.position(),
                        "a figure must cite the paragraph it comes from: [@" + figure.citation().source().id() + ", ¶N]");
                continue;
            }
            String text = figure.citation().source().paragraph(figure.citation().paragraph()).orElseThrow().text();
            for (BigDecimal value : figure.high() == null ? new BigDecimal[] {figure.value()} : new BigDecimal[] {figure.value(), figure.high()}) {
                if (!appears(value, text)) {
                    List<Integer> found = statedIn(figure, value);
                    Span locator = figure.locator();
                    // one other paragraph states it: citing that one is the certain fix
                    Fix fix = found.size() == 1 && locator != null && figure.high() == null
                            ? new Fix("cite ¶" + found.get(0) + ", which states " + value.toPlainString(),
                                    List.of(new Fix.Replacement(locator.start(), locator.end(), "¶" + found.get(0))))
                            : null;
                    report.error("figure-not-in-source", figure.page().path(), figure.position(), null,
                            "the value " + value.toPlainString() + " does not appear in ¶" + figure.citation().paragraph()
                                    + " of '" + figure.citation().source().id() + "'", hint(figure, value, found), fix);
                }
            }
        }
    }

    /** Where the source does state the value, so that the fix needs no search: "it is in ¶1: cite [@id, ¶1]". */
    private static List<Integer> statedIn(Figure figure, BigDecimal value) {
        return figure.citation().source().paragraphs().stream()
                .filter(p -> !p.isExcluded() && p.number() != figure.citation().paragraph() && appears(value, p.text()))
                .map(Paragraph::number).toList();
    }

    private static String hint(Figure figure, BigDecimal value, List<Integer> found) {
        SourceRecord source = figure.citation().source();
        if (found.isEmpty()) {
            return "a figure is the source's number, and no paragraph of '" + source.id() + "' states "
                    + value.toPlainString() + ": check the value, or the source";
        }
        if (found.size() == 1) {
            return "it is in ¶" + found.get(0) + ": cite [@" + source.id() + ", ¶" + found.get(0) + "]";
        }
        return "it is in " + String.join(", ", found.stream().limit(5).map(n -> "¶" + n).toList())
                + (found.size() > 5 ? " and " + (found.size() - 5) + " more" : "") + ": cite the one the figure comes from";
    }

    static boolean appears(BigDecimal value, String text) {
        String digits = Pattern.quote(value.stripTrailingZeros().toPlainString());
        String written = THOUSANDS.matcher(text).replaceAll("");
        if (Pattern.compile("(?<![\\d.,])" + digits + "(?![\\d]|[.,]\\d)").matcher(written).find()) {
            return true;
        }
        return NumberWords.values(text).stream().anyMatch(v -> v.compareTo(value) == 0);
    }
}
