package dossier.markdown;

import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.jetbrains.annotations.NotNull;

import java.util.Set;

/**
 * {@code <div class="annotation">} around an excerpt and its {@code <div class="commentary">}; the
 * stylesheet sets the two side by side on wide screens. Divs, not sections: they have no heading.
 */
final class AnnotationRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Annotation.class, (node, context, html) ->
                        html.attr("class", "annotation").withAttr().tagLineIndent("div", () -> context.renderChildren(node))),
                new NodeRenderingHandler<>(CommentaryBlock.class, (node, context, html) ->
                        html.attr("class", "commentary").withAttr().tagLineIndent("div", () -> context.renderChildren(node))));
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new AnnotationRenderer();
        }
    }
}
