package dossier.markdown;

import dossier.diag.Position;

/** An inline citation as written on a page. */
public record CitationFact(int ordinal, String key, String locator, Position position) {
}
