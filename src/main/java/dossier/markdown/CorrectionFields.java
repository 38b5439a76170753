package dossier.markdown;

import dossier.diag.Position;

import java.util.Optional;

/**
 * One item of a page's {@code corrections} as written (a missing required field is already
 * reported): when the published text was changed, what changed, and why.
 */
public record CorrectionFields(Position at, Optional<FieldText> date, Optional<FieldText> what, Optional<FieldText> why) {
}
