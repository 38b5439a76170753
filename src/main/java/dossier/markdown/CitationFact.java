package dossier.markdown;

import dossier.diag.Position;

/** One inline citation as written on a page (a bracket of several gives one each, in order). */
public record CitationFact(int ordinal, String key, Locator locator, Position position) {
}
