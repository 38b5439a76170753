package dossier.markdown;

import dossier.diag.Position;

import java.util.Optional;

/**
 * One item of a page's {@code figures} as written (a missing required field is already reported);
 * numbers, dates and the citation are read against the model later.
 */
public record FigureFields(Position at, Optional<FieldText> value, Optional<FieldText> high, Optional<FieldText> unit,
                           Optional<FieldText> measures, Optional<FieldText> asOf, Optional<FieldText> source) {
}
