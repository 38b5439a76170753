package dossier.markdown;

import dossier.diag.Position;

/** A Markdown link or image target as written on a page. */
public record LinkFact(String url, Position position) {
}
