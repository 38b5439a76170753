package dossier.model;

import dossier.source.PartialDate;

/**
 * A change made to a page after it was published, logged on the page: the dossier's words are
 * never changed silently.
 *
 * @param what what changed, in the editors' words
 * @param why  why: the error it corrects, with the evidence
 */
public record Correction(PartialDate date, String what, String why, Page page) {
}
