package dossier.markdown;

import com.vladsch.flexmark.util.ast.Document;

/** A parsed page: the facts for the model, and the tree the renderer turns into HTML. */
public record ParseResult(ParsedPage page, Document tree) {
}
