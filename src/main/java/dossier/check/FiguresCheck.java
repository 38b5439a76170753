package dossier.check;

import dossier.diag.Report;
import dossier.model.Dossier;
import dossier.model.Figure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A figure must be the source's number: its value (and the top of a range) must appear in the
 * cited paragraph, as digits ("360", "10.46") or, for small whole numbers, as a word ("nine").
 */
final class FiguresCheck implements Check {
    private static final Map<Integer, String> WORDS = Map.ofEntries(
            Map.entry(1, "one"), Map.entry(2, "two"), Map.entry(3, "three"), Map.entry(4, "four"), Map.entry(5, "five"),
            Map.entry(6, "six"), Map.entry(7, "seven"), Map.entry(8, "eight"), Map.entry(9, "nine"), Map.entry(10, "ten"),
            Map.entry(11, "eleven"), Map.entry(12, "twelve"), Map.entry(20, "twenty"), Map.entry(30, "thirty"),
            Map.entry(40, "forty"), Map.entry(50, "fifty"), Map.entry(60, "sixty"), Map.entry(100, "hundred"));

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
                    report.error("figure-not-in-source", figure.page().path(), figure.position(),
                            "the value " + value.toPlainString() + " does not appear in ¶" + figure.citation().paragraph()
                                    + " of '" + figure.citation().source().id() + "'",
                            "a figure is the source's number: cite the paragraph that states it");
                }
            }
        }
    }

    static boolean appears(BigDecimal value, String text) {
        String digits = Pattern.quote(value.stripTrailingZeros().toPlainString());
        if (Pattern.compile("(?<![\\d.,])" + digits + "(?![\\d]|[.,]\\d)").matcher(text).find()) {
            return true;
        }
        String word = value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0 ? WORDS.get(value.intValue()) : null;
        return word != null && Pattern.compile("\\b" + word + "\\b").matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
