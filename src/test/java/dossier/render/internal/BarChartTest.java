package dossier.render.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart's geometry read back from its SVG: what a reader measures with a ruler. */
class BarChartTest {
    private static final String LONG_A = "China's share of the world's gallium, as stated by the post";
    private static final String LONG_B = "China's share of the world's germanium, as stated by the post";

    private static BarChart.Bar bar(String label, String value) {
        return new BarChart.Bar(label, new BigDecimal(value), null, "#f");
    }

    private static BarChart.Bar range(String label, String value, String high) {
        return new BarChart.Bar(label, new BigDecimal(value), new BigDecimal(high), "#f");
    }

    private static Document chart(List<BarChart.Bar> bars) {
        return chart(bars, BigDecimal.ZERO);
    }

    private static Document chart(List<BarChart.Bar> bars, BigDecimal reach) {
        return Jsoup.parse(BarChart.svg("chart-1", "A chart", "billion US dollars per year", bars, reach), "", Parser.xmlParser());
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.attr(attribute));
    }

    private static List<BigDecimal> ticks(Document svg) {
        return svg.select("text.chart-tick").stream().map(t -> new BigDecimal(t.text())).toList();
    }

    @Test
    void aSingleFigureIsNoChart() {
        assertThrows(IllegalArgumentException.class, () -> BarChart.svg("c", "One", "items", List.of(bar("Alone", "4")), BigDecimal.ZERO));
    }

    @Test
    void everyBarStartsAtTheAxisZero() {
        Document svg = chart(List.of(bar("Before", "57"), bar("After", "798"), range("Estimate", "40", "50")));
        assertEquals(new BigDecimal("0"), ticks(svg).get(0), "the axis starts at zero");
        Element zero = svg.selectFirst("line.chart-zero");
        List<Element> bars = svg.select("rect.chart-bar");
        assertEquals(3, bars.size());
        for (Element bar : bars) {
            assertEquals(num(zero, "x1"), num(bar, "x"), 0.05, "bar starts at zero");
        }
        // the zero tick's label sits on the zero line
        assertEquals(num(zero, "x1"), num(svg.selectFirst("text.chart-tick"), "x"), 0.05);
    }

    @Test
    void ticksAreRoundStepsThatIncreaseAndCoverTheLargestValue() {
        List<List<BarChart.Bar>> cases = List.of(
                List.of(bar("a", "57"), bar("b", "798")),
                List.of(range("a", "40", "50"), bar("b", "150")),
                List.of(bar("a", "0.3"), bar("b", "0.7")),
                List.of(bar("a", "10.46"), bar("b", "7.98")),
                List.of(bar("a", "1234567"), bar("b", "89")),
                List.of(bar("a", "0"), bar("b", "0")),
                List.of(bar("a", "3"), bar("b", "3")));
        Set<BigDecimal> mantissas = Set.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(5));
        for (List<BarChart.Bar> bars : cases) {
            List<BigDecimal> ticks = ticks(chart(bars));
            assertTrue(ticks.size() >= 2, "two ticks at least: " + ticks);
            BigDecimal step = ticks.get(1).subtract(ticks.get(0));
            for (int i = 1; i < ticks.size(); i++) {
                assertEquals(0, ticks.get(i).subtract(ticks.get(i - 1)).compareTo(step), "an even step: " + ticks);
            }
            assertTrue(step.signum() > 0, "increasing: " + ticks);
            BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
            assertTrue(mantissas.stream().anyMatch(m -> m.compareTo(mantissa) == 0), "a step of 1, 2 or 5 times a power of ten: " + step);
            BigDecimal top = bars.stream().map(b -> b.high() != null ? b.high() : b.value()).reduce(BigDecimal::max).orElseThrow();
            assertTrue(ticks.get(ticks.size() - 1).compareTo(top) >= 0, "the last tick covers " + top + ": " + ticks);
            assertTrue(ticks.size() <= 6, "few enough ticks for a phone: " + ticks);
        }
    }

    @Test
    void sharesOfAWholeAreDrawnAgainstTheWhole() {
        List<BigDecimal> ticks = ticks(chart(List.of(bar("gallium", "80"), bar("germanium", "60")), BigDecimal.valueOf(100)));
        assertEquals(0, BigDecimal.valueOf(100).compareTo(ticks.get(ticks.size() - 1)), ticks.toString());
    }

    @Test
    void barLengthsAreProportionalToValuesAndARangeExtendsItsBar() {
        Document svg = chart(List.of(bar("a", "57"), bar("b", "798"), range("c", "40", "50")));
        List<Element> bars = svg.select("rect.chart-bar");
        Element zero = svg.selectFirst("line.chart-zero");
        List<BigDecimal> ticks = ticks(svg);
        double last = ticks.get(ticks.size() - 1).doubleValue();
        double lastX = num(svg.select("text.chart-tick").last(), "x");
        double perUnit = (lastX - num(zero, "x1")) / last;
        double[] values = {57, 798, 40};
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i] * perUnit, num(bars.get(i), "width"), 0.15, "bar " + i);
        }
        Element extension = svg.selectFirst("rect.chart-range");
        assertEquals(num(bars.get(2), "x") + num(bars.get(2), "width"), num(extension, "x"), 0.15, "the range continues its bar");
        assertEquals(10 * perUnit, num(extension, "width"), 0.15, "40 to 50");
        List<String> shown = svg.select("text.chart-value").eachText();
        assertEquals(List.of("57", "798", "40–50"), shown);
        Element rangeValue = svg.select("text.chart-value").get(2);
        assertTrue(num(rangeValue, "x") > num(extension, "x") + num(extension, "width"), "the value is printed past the bar's end");
    }

    @Test
    void aValueTooLongForTheEndOfItsBarIsPrintedWholeBelowIt() {
        String huge = "123456789012345678901234567890";
        Document svg = chart(List.of(bar("a", huge), range("b", "1", huge)));
        List<Element> values = svg.select("text.chart-value");
        assertEquals(huge, String.join("", values.get(0).select("tspan").eachText()));
        assertEquals("1–" + huge, String.join("", values.get(1).select("tspan").eachText()));
        Element bar = svg.select("rect.chart-bar").get(0);
        assertTrue(num(values.get(0).selectFirst("tspan"), "y") > num(bar, "y") + num(bar, "height"), "below its bar");
        for (Element r : svg.select("rect")) {
            assertTrue(num(r, "width") >= 0, "no negative width");
        }
    }

    @Test
    void ticksTooWideToFitStillEndAtTheCoarsestStep() {
        String huge = "123456789012345678901234567890";
        List<BigDecimal> ticks = ticks(chart(List.of(bar("a", "-" + huge), bar("b", huge))));
        assertTrue(ticks.get(0).compareTo(new BigDecimal("-" + huge)) <= 0 && ticks.get(ticks.size() - 1).compareTo(new BigDecimal(huge)) >= 0,
                ticks.toString());
        assertTrue(ticks.contains(BigDecimal.ZERO), ticks.toString());
    }

    @Test
    void aNegativeValueIsDrawnLeftOfZero() {
        Document svg = chart(List.of(bar("fell", "-20"), bar("rose", "35")));
        List<BigDecimal> ticks = ticks(svg);
        assertTrue(ticks.get(0).signum() < 0 && ticks.contains(BigDecimal.ZERO), ticks.toString());
        double zero = num(svg.selectFirst("line.chart-zero"), "x1");
        List<Element> bars = svg.select("rect.chart-bar");
        assertEquals(zero, num(bars.get(0), "x") + num(bars.get(0), "width"), 0.15, "ends at zero");
        assertEquals(zero, num(bars.get(1), "x"), 0.05, "starts at zero");
        assertEquals(35.0 / 20, num(bars.get(1), "width") / num(bars.get(0), "width"), 0.02);
    }

    @Test
    void labelsAreWrappedNeverCutAndEveryLineFits() {
        String longer = "Share of Samsung Electronics' NAND flash memory output made at its Xi'an factory (\"more than\"), "
                + "according to South Korean media cited by the report";
        String unbroken = "Supercalifragilisticexpialidocious-and-then-some-more-words-without-spaces-at-all";
        List<String> labels = List.of(LONG_A, LONG_B, longer, unbroken, "서울과 도쿄는 월요일에 서로의 무역 지위를 회복하기로 합의했다 그리고 더 많은 말");
        Document svg = chart(labels.stream().map(l -> bar(l, "5")).toList());
        List<Element> texts = svg.select("text.chart-label");
        assertEquals(labels.size(), texts.size());
        double width = Double.parseDouble(svg.selectFirst("svg").attr("viewBox").split(" ")[2]);
        for (int i = 0; i < labels.size(); i++) {
            List<String> lines = texts.get(i).select("tspan").eachText();
            assertFalse(String.join("", lines).contains("…"), "no ellipsis: " + lines);
            String joined = String.join(" ", lines);
            assertEquals(labels.get(i).replace(" ", ""), joined.replace(" ", ""), "every character of the label, in order");
            List<String> words = new ArrayList<>(List.of(labels.get(i).split(" ")));
            for (String line : lines) {
                for (String word : line.split(" ")) {
                    if (!words.isEmpty() && words.get(0).equals(word)) {
                        words.remove(0);
                    }
                }
            }
            if (!labels.get(i).equals(unbroken)) {
                assertEquals(List.of(), words, "each word whole on one line: " + lines);
            }
            for (Element tspan : texts.get(i).select("tspan")) {
                double right = num(tspan, "x") + TextWidth.of(tspan.text(), BarChart.FONT);
                assertTrue(right <= width, "line fits: " + tspan.text() + " ends at " + right);
            }
        }
        assertTrue(texts.get(2).select("tspan").size() >= 3, "a long label takes several lines");
        String label = texts.get(0).select("tspan").eachText().toString();
        assertTrue(label.contains("gallium") && texts.get(1).text().contains("germanium"), "the words that tell them apart are shown");
    }

    @Test
    void rowsMakeRoomForWrappedLabels() {
        double one = height(chart(List.of(bar("a", "1"), bar("b", "2"))));
        double wrapped = height(chart(List.of(bar(LONG_A + " " + LONG_A, "1"), bar("b", "2"))));
        assertTrue(wrapped > one, wrapped + " > " + one);
        Document svg = chart(List.of(bar(LONG_A + " " + LONG_A, "1"), bar("b", "2")));
        List<Element> labels = svg.select("text.chart-label");
        double lastLine = num(labels.get(0).select("tspan").last(), "y");
        assertTrue(num(svg.select("rect.chart-bar").get(0), "y") > lastLine, "the bar is below its label's last line");
        assertTrue(num(labels.get(1).selectFirst("tspan"), "y") > num(svg.select("rect.chart-bar").get(0), "y") + 14, "the next label is below the bar");
    }

    private static double height(Document svg) {
        return Double.parseDouble(svg.selectFirst("svg").attr("viewBox").split(" ")[3]);
    }

    @Test
    void theChartHasATitleAnAxisTitleAndADescriptionOfEveryBar() {
        Document svg = chart(List.of(bar(LONG_A, "80"), bar(LONG_B, "60")));
        Element root = svg.selectFirst("svg");
        assertEquals("group", root.attr("role"));
        assertEquals("A chart", svg.getElementById(root.attr("aria-labelledby")).text());
        String desc = svg.getElementById(root.attr("aria-describedby")).text();
        assertTrue(desc.contains(LONG_A + ": 80") && desc.contains(LONG_B + ": 60"), desc);
        assertEquals("billion US dollars per year", svg.select("text.chart-axis-title tspan").eachText().stream().reduce((a, b) -> a + " " + b).orElseThrow());
        assertEquals("true", svg.selectFirst("g.chart-axis").attr("aria-hidden"), "the axis is drawing, not content");
    }

    @Test
    void contentIsEscaped() {
        String svg = BarChart.svg("c", "<b>t</b>", "u & v", List.of(bar("<script>alert(1)</script>", "1"), bar("\"q\"", "2")), BigDecimal.ZERO);
        assertFalse(svg.contains("<script>") || svg.contains("<b>"), svg);
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals("<script>alert(1)</script>", doc.selectFirst("text.chart-label").text());
    }
}
