package dossier.model;

import dossier.diag.Position;
import dossier.markdown.ParsedPage;

import java.util.List;
import java.util.Optional;

/**
 * A page as the builder holds it between its passes: the model's page, the facts it was made from,
 * and for an entity its kind and names. Never leaves the model stage.
 *
 * @param entityKind empty for a page that is not an entity (an entity of unreadable kind is a topic)
 * @param names      an entity's title and aliases; empty for other pages
 * @param namesAt    where the aliases stand in the page file (a clash of names is reported there)
 * @param unknownSource the article's 'source' when no source has that id: reported there once,
 *                      not again at every citation of it in the body
 */
record LoadedPage(Page page, ParsedPage facts, Optional<EntityKind> entityKind, List<String> names, Position namesAt,
                  Optional<String> unknownSource) {
}
