package dossier.markdown;

import dossier.diag.Position;

import java.util.Optional;

/**
 * One item of a page's {@code figures} as written (a missing required field is already reported);
 * numbers, dates, the period and the citation are read against the model later.
 *
 * @param per   the period a flow is counted over ("year", "quarter"), if the source gives one
 * @param chart the title of the chart the editor draws this figure in, shared by the figures it compares
 */
public record FigureFields(Position at, Optional<FieldText> value, Optional<FieldText> high, Optional<FieldText> unit,
                           Optional<FieldText> measures, Optional<FieldText> asOf, Optional<FieldText> per,
                           Optional<FieldText> chart, Optional<FieldText> source) {
}
