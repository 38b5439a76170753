package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.markdown.MarkdownProcessor;
import dossier.markdown.ParsedPage;
import dossier.model.Dossier;
import dossier.model.Figure;
import dossier.model.ModelBuilder;
import dossier.model.Period;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.Provenance;
import dossier.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The figure keys that decide what shares a chart, from front matter to the model and the check:
 * {@code chart:} (a title shared by comparable figures) and {@code per:} (the period a flow is
 * counted over), each mistake reported at its position.
 */
class ChartsCheckTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final String PATH = "content/about.md";
    private static final SourceRecord TRADE = new SourceRecord("trade", "content/sources/trade.yml", new Position(1, 5),
            "content/sources/trade.original.txt", "0".repeat(64), "plain-text",
            new MetaField<>("Chip trade", Provenance.STATED, null), MetaField.missing("n"), MetaField.missing("n"),
            MetaField.missing("n"), MetaField.missing("n"), MetaField.missing("n"), MetaField.missing("n"), false, List.of(
                    new Paragraph(1, Paragraph.TEXT, "Chip trade with China is $40 billion per year, 30 percent of the total.", null),
                    new Paragraph(2, Paragraph.TEXT, "First-quarter revenue in China was $8 billion.", null),
                    new Paragraph(3, Paragraph.TEXT, "Chip trade with other countries is $150 billion per year.", null)));

    private final Report report = new Report();

    /** A page whose front matter is {@code figures:} followed by the given items (line 4 on). */
    private Dossier build(String figures) {
        String text = "---\ntitle: \"Trade\"\nfigures:\n" + figures + "---\nBody [@trade, ¶1].\n";
        ParsedPage page = MARKDOWN.parse(PATH, text, report).orElseThrow().page();
        Dossier dossier = new ModelBuilder(report).build(List.of(TRADE), List.of(page), Set.of());
        Checks.runAll(dossier, report);
        return dossier;
    }

    private static String figure(String value, String unit, String extra, int paragraph) {
        return "  - value: " + value + "\n    unit: \"" + unit + "\"\n    measures: \"m\"\n" + extra
                + "    source: \"[@trade, ¶" + paragraph + "]\"\n";
    }

    private List<String> codes() {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void comparableFiguresShareAChartTitleAndAPeriod() {
        Dossier dossier = build(figure("40", "billion US dollars", "    per: year\n    chart: \"Chip trade per year\"\n", 1)
                + figure("150", "billion US dollars", "    per: \" year \"\n    chart: \"Chip trade  per year\"\n", 3)
                + figure("8", "billion US dollars", "    per: quarter\n", 2)
                + figure("30", "percent", "", 1));
        assertEquals(List.of(), report.diagnostics());
        List<Figure> figures = dossier.xref().figures();
        assertEquals(List.of("Chip trade per year", "Chip trade per year"), figures.subList(0, 2).stream().map(Figure::chart).toList(),
                "white space in a title does not split a chart");
        assertEquals(List.of(Period.YEAR, Period.YEAR, Period.QUARTER), figures.subList(0, 3).stream().map(Figure::per).toList());
        assertNull(figures.get(3).chart());
        assertNull(figures.get(3).per());
    }

    @Test
    void aChartOfDifferentUnitsIsAnErrorAtTheFigureThatDiffers() {
        build(figure("40", "billion US dollars", "    chart: \"Chip trade\"\n", 1)
                + figure("30", "percent", "    chart: \"Chip trade\"\n", 1));
        Diagnostic d = onlyDiagnostic();
        assertEquals("figure-chart", d.code());
        assertEquals(PATH, d.path());
        assertEquals(new Position(9, 5), d.position(), "the second figure's first line");
        assertEquals("chart 'Chip trade' compares figures in 'billion US dollars' (the first at " + PATH + ":4); this one is in 'percent'",
                d.message());
    }

    @Test
    void aQuartersFigureAndAYearsNeverShareAChart() {
        build(figure("40", "billion US dollars", "    per: year\n    chart: \"Chip money\"\n", 1)
                + figure("8", "billion US dollars", "    per: quarter\n    chart: \"Chip money\"\n", 2)
                + figure("150", "billion US dollars", "    chart: \"Chip money\"\n", 3));
        assertEquals(List.of("figure-chart", "figure-chart"), codes(), report.diagnostics().toString());
        assertEquals(List.of(new Position(10, 5), new Position(16, 5)), report.diagnostics().stream().map(Diagnostic::position).toList());
        assertEquals("chart 'Chip money' compares figures per year (the first at " + PATH + ":4); this one is per quarter",
                report.diagnostics().get(0).message());
        assertEquals("chart 'Chip money' compares figures per year (the first at " + PATH + ":4); this one is with no period",
                report.diagnostics().get(1).message());
    }

    @Test
    void aChartOfOneFigureIsAnError() {
        build(figure("40", "billion US dollars", "    chart: \"Alone\"\n", 1) + figure("150", "billion US dollars", "", 3));
        Diagnostic d = onlyDiagnostic();
        assertEquals("figure-chart", d.code());
        assertEquals(new Position(4, 5), d.position());
        assertEquals("chart 'Alone' has only this figure: a chart compares two figures or more", d.message());
    }

    @Test
    void anUnknownPeriodAnEmptyChartAndAMisspeltKeyAreReportedWhereWritten() {
        build(figure("40", "billion US dollars", "    per: years\n", 1)
                + figure("150", "billion US dollars", "    chart: \"  \"\n", 3)
                + figure("8", "billion US dollars", "    chrat: \"Money\"\n", 2));
        assertEquals(List.of("bad-period", "missing-field", "unknown-field"), codes(), report.diagnostics().toString());
        List<Diagnostic> all = report.diagnostics();
        assertEquals(new Position(7, 10), all.get(0).position());
        assertEquals("per must be one of day, week, month, quarter, year, found 'years' (did you mean 'year'?)", all.get(0).message());
        assertEquals(new Position(12, 12), all.get(1).position());
        assertEquals("field 'chart' is empty", all.get(1).message());
        assertEquals(new Position(17, 5), all.get(2).position());
        assertEquals("unknown field 'chrat' in an item of 'figures' (did you mean 'chart'?)", all.get(2).message());
    }

    private Diagnostic onlyDiagnostic() {
        assertEquals(1, report.diagnostics().size(), report.diagnostics().toString());
        return report.diagnostics().get(0);
    }
}
