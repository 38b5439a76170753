package dossier.model;

import dossier.diag.Position;

/**
 * A Markdown link or image target on a page, with where it leads.
 *
 * @param url     as written
 * @param context the plain text of the block around it, for backlink snippets (null for images and references)
 */
public record ResolvedLink(String url, Position position, String context, LinkTarget target) {
}
