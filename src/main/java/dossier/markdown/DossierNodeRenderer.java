package dossier.markdown;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import org.jetbrains.annotations.NotNull;

import java.util.Set;

/** Renders excerpts as figures with their source line, and citations as numbered references. */
final class DossierNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Excerpt.class, this::renderExcerpt),
                new NodeRenderingHandler<>(CitationRef.class, this::renderCitation));
    }

    private void renderExcerpt(Excerpt excerpt, NodeRendererContext context, HtmlWriter html) {
        CitationLinker.ExcerptLink link = linker(context).excerpt(excerpt);
        html.attr("class", "excerpt").attr("id", link.id()).withAttr().tagLineIndent("figure", () -> {
            if (link.originalUrl() != null) {
                html.attr("cite", link.originalUrl());
            }
            html.withAttr().tagLineIndent("blockquote", () -> context.renderChildren(excerpt));
            html.attr("class", "excerpt-source").withAttr().tagLine("figcaption", () -> {
                html.attr("class", "cite").attr("href", link.referenceHref()).withAttr().tag("a");
                html.text("[" + link.referenceNumber() + "]").tag("/a").text(" ");
                html.attr("href", link.paragraphHref()).withAttr().tag("a");
                html.text(link.sourceTitle() + ", ¶" + link.paragraph()).tag("/a");
                if (link.originalUrl() != null) {
                    html.text(" · ");
                    html.attr("href", link.originalUrl()).attr("rel", "external noopener").withAttr().tag("a");
                    html.text("original").tag("/a");
                }
                html.text(" · ");
                html.attr("href", "#" + link.id()).attr("class", "permalink").attr("aria-label", "Link to this excerpt").withAttr().tag("a");
                html.text("#").tag("/a");
            });
        });
    }

    private void renderCitation(CitationRef citation, NodeRendererContext context, HtmlWriter html) {
        CitationLinker.CitationLink link = linker(context).citation(citation);
        html.attr("class", "cite").withAttr().tag("span").text("[");
        html.attr("href", link.referenceHref()).withAttr().tag("a").text(Integer.toString(link.referenceNumber())).tag("/a");
        if (link.paragraphHref() != null) {
            html.text(", ");
            html.attr("href", link.paragraphHref()).withAttr().tag("a").text("¶" + link.paragraph()).tag("/a");
        }
        html.text("]").tag("/span");
    }

    private static CitationLinker linker(NodeRendererContext context) {
        CitationLinker linker = DossierMarkdownExtension.LINKER.get(context.getDocument());
        if (linker == null) {
            throw new IllegalStateException("no CitationLinker set on the document before rendering");
        }
        return linker;
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new DossierNodeRenderer();
        }
    }
}
