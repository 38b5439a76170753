package dossier.model;

import dossier.diag.Position;
import dossier.source.PartialDate;

import java.math.BigDecimal;

/**
 * A numeric claim from a source, declared in a page's front matter.
 *
 * @param high  the upper end of a range ("$40- $50 billion"), or null
 * @param asOf  the date or period it refers to, or null
 */
public record Figure(BigDecimal value, BigDecimal high, String unit, String measures, PartialDate asOf,
                     Citation citation, Page page, Position position) {
}
