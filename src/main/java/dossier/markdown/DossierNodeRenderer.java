package dossier.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders excerpts as figures with their source line, and citations as numbered references.
 * Links and images whose target would run a script are rendered as their text only.
 */
final class DossierNodeRenderer implements NodeRenderer {
    /** Schemes that run code or smuggle markup; browsers ignore case, tabs and line breaks in them. */
    private static final Pattern UNSAFE_SCHEME = Pattern.compile("^(javascript|vbscript|data):.*", Pattern.DOTALL);

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Excerpt.class, this::renderExcerpt),
                new NodeRenderingHandler<>(CitationRef.class, this::renderCitation),
                new NodeRenderingHandler<>(WikiLinkRef.class, this::renderWikiLink),
                new NodeRenderingHandler<>(Link.class, (node, context, html) -> renderSafely(node, node.getUrl(), context)),
                new NodeRenderingHandler<>(Image.class, (node, context, html) -> renderSafely(node, node.getUrl(), context)),
                new NodeRenderingHandler<>(AutoLink.class, (node, context, html) -> {
                    if (isUnsafe(node.getUrl())) {
                        html.text(node.getText());
                    } else {
                        context.delegateRender();
                    }
                }),
                new NodeRenderingHandler<>(LinkRef.class, (node, context, html) -> renderSafely(node, referenceUrl(node, context), context)),
                new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> renderSafely(node, referenceUrl(node, context), context)));
    }

    /**
     * flexmark's own SUPPRESSED_LINKS test sees the URL as written, case-sensitively and before
     * entities are decoded, so "JavaScript:" or "java&#x73;cript:" would pass it; this decides on
     * the URL the browser will get.
     */
    static boolean isUnsafe(CharSequence url) {
        if (url == null) {
            return false;
        }
        String decoded = BasedSequence.of(url).unescape();
        String compact = decoded.replaceAll("[\\x00-\\x20\\x7F]", "").toLowerCase(Locale.ROOT);
        return UNSAFE_SCHEME.matcher(compact).matches();
    }

    private static void renderSafely(Node node, CharSequence url, NodeRendererContext context) {
        if (isUnsafe(url)) {
            context.renderChildren(node);
        } else {
            context.delegateRender();
        }
    }

    private static CharSequence referenceUrl(RefNode node, NodeRendererContext context) {
        Reference reference = node.getReferenceNode(context.getDocument());
        return reference == null ? null : reference.getUrl();
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
                if (link.quoteHref() != null) {
                    html.text(" · ");
                    html.attr("href", link.quoteHref()).attr("rel", "external noopener").attr("class", "quote-link")
                            .attr("title", "Opens the original with this passage highlighted, in browsers that support text fragments")
                            .withAttr().tag("a");
                    html.text("quote in original").tag("/a");
                }
                html.text(" · ");
                html.attr("href", "#" + link.id()).attr("class", "permalink").attr("aria-label", "Link to this excerpt").withAttr().tag("a");
                html.text("#").tag("/a");
                if (link.citeHtml() != null) {
                    // a details block inside the caption: a figure allows only one caption, first or last
                    html.attr("class", "cite-this cite-excerpt").withAttr().tag("details");
                    html.tag("summary").text("Cite this excerpt").tag("/summary");
                    html.raw(link.citeHtml());
                    html.tag("/details");
                }
            });
        });
    }

    private void renderWikiLink(WikiLinkRef link, NodeRendererContext context, HtmlWriter html) {
        html.attr("href", linker(context).wikiLink(link)).attr("class", "wikilink").withAttr().tag("a");
        html.text(link.shown()).tag("/a");
    }

    /** "[4, ¶7]", or for a bracket of several "[4, ¶1; 5, ¶3–4]". */
    private void renderCitation(CitationRef citation, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "cite").withAttr().tag("span").text("[");
        for (int i = 0; i < citation.items().size(); i++) {
            CitationLinker.CitationLink link = linker(context).citation(citation.ordinal() + i);
            if (i > 0) {
                html.text("; ");
            }
            html.attr("href", link.referenceHref()).withAttr().tag("a").text(Integer.toString(link.referenceNumber())).tag("/a");
            if (link.paragraphHref() != null) {
                html.text(", ");
                html.attr("href", link.paragraphHref()).withAttr().tag("a").text(link.paragraphLabel()).tag("/a");
            }
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
