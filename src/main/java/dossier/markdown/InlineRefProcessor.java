package dossier.markdown;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * What our bracket syntaxes ({@code [@key]}, {@code [[Name]]}) share as flexmark link-ref
 * processors: no "!" prefix, and a node that keeps its data in fields rather than child text.
 */
abstract class InlineRefProcessor implements LinkRefProcessor {

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public @NotNull BasedSequence adjustInlineText(@NotNull Document document, @NotNull Node node) {
        return BasedSequence.NULL;
    }

    @Override
    public boolean allowDelimiters(@NotNull BasedSequence chars, @NotNull Document document, @NotNull Node node) {
        return false;
    }

    @Override
    public void updateNodeElements(@NotNull Document document, @NotNull Node node) {
        node.removeChildren();
    }
}
