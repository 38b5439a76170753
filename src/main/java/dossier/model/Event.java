package dossier.model;

import dossier.diag.Position;
import dossier.source.PartialDate;

/**
 * A dated event declared in a page's front matter.
 *
 * @param note the basis of the date where it is not stated outright, or null
 */
public record Event(PartialDate date, String text, String note, Citation citation, Page page, Position position) {
}
