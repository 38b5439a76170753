package dossier.markdown;

import dossier.diag.Position;

import java.util.List;

/** A page's or an event's {@code accounts} list as written, with where the key stands. */
public record AccountsFields(Position at, List<AccountFields> items) {
    public AccountsFields {
        items = List.copyOf(items);
    }
}
