package dossier.markdown;

import dossier.diag.Position;

import java.util.Optional;

/**
 * One item of a page's {@code events} as written (a missing required field is already reported);
 * the date, the citation and the accounts are read against the model later.
 */
public record EventFields(Position at, Optional<FieldText> date, Optional<FieldText> text, Optional<FieldText> source,
                          Optional<FieldText> note, Optional<AccountsFields> accounts) {
}
