package dossier.model;

import dossier.diag.Position;
import dossier.diag.Span;
import dossier.source.PartialDate;

import java.math.BigDecimal;

/**
 * A numeric claim from a source, declared in a page's front matter.
 *
 * @param high  the upper end of a range ("$40- $50 billion"), or null
 * @param asOf  the date or period it refers to, or null
 * @param per   the span a flow is counted over (a year's trade, a quarter's revenue), or null
 * @param chart the title of the chart an editor draws it in beside the figures it compares with, or null
 */
public record Figure(BigDecimal value, BigDecimal high, String unit, String measures, PartialDate asOf, Period per,
                     String chart, Citation citation, Page page, Position position, Span locator) {
}
