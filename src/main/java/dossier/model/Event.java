package dossier.model;

import dossier.diag.Position;
import dossier.source.PartialDate;

/**
 * A dated event declared in a page's front matter.
 *
 * @param note     the basis of the date where it is not stated outright, or null
 * @param accounts the sources' own accounts of it, side by side (none, or at least two sources)
 */
public record Event(PartialDate date, String text, String note, Citation citation, Page page, Position position,
                    java.util.List<Account> accounts) {
    public Event {
        accounts = java.util.List.copyOf(accounts);
    }
}
