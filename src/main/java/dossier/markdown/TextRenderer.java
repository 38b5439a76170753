package dossier.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.jetbrains.annotations.NotNull;

import java.util.Set;

/**
 * Renders text nodes as flexmark's core renderer does, byte for byte, without its two regular
 * expressions per node ({@link HtmlText}): a body's text nodes are most of its nodes.
 */
final class TextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class,
                (node, context, html) -> html.raw(HtmlText.escape(HtmlText.readerText(node.getChars())))));
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new TextRenderer();
        }
    }
}
