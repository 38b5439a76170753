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
import org.jetbrains.annotations.NotNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders excerpts as figures with their source line, and citations as numbered references.
 * Links and images whose target would run a script are rendered as their text only.
 */
final class DossierNodeRenderer implements NodeRenderer {
    /** Schemes that run code or smuggle markup; browsers ignore case, tabs and line breaks in them. */
    private static final List<String> UNSAFE_SCHEMES = List.of("javascript:", "vbscript:", "data:");

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
        String decoded = HtmlText.unescaped(url);
        StringBuilder compact = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > ' ' && c != '\u007F') {
                compact.append(c);
            }
        }
        String scheme = compact.toString().toLowerCase(Locale.ROOT);
        return UNSAFE_SCHEMES.stream().anyMatch(scheme::startsWith);
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
            html.attr("class", "excerpt-source").withAttr().tagLine("figcaption", () -> html.raw(caption(link)));
        });
    }

    /** The source line under an excerpt: its reference, the cited paragraph, the original, a permalink. */
    private static String caption(CitationLinker.ExcerptLink link) {
        InlineHtml html = new InlineHtml();
        html.open("a", "class", "cite", "href", link.referenceHref()).text("[" + link.referenceNumber() + "]").close("a").text(" ");
        html.open("a", "href", link.paragraphHref()).text(link.sourceTitle() + ", ¶" + link.paragraph()).close("a");
        if (link.originalUrl() != null) {
            html.text(" · ");
            html.open("a", "href", link.originalUrl(), "rel", "external noopener").text("original").close("a");
        }
        if (link.quoteHref() != null) {
            html.text(" · ");
            html.open("a", "href", link.quoteHref(), "rel", "external noopener", "class", "quote-link",
                    "title", "Opens the original with this passage highlighted, in browsers that support text fragments");
            html.text("quote in original").close("a");
        }
        html.text(" · ");
        html.open("a", "href", "#" + link.id(), "class", "permalink", "aria-label", "Link to this excerpt").text("#").close("a");
        if (link.citeHtml() != null) {
            // a details block inside the caption: a figure allows only one caption, first or last
            html.open("details", "class", "cite-this cite-excerpt");
            html.open("summary").text("Cite this excerpt").close("summary");
            html.raw(link.citeHtml());
            html.close("details");
        }
        return html.toString();
    }

    private void renderWikiLink(WikiLinkRef link, NodeRendererContext context, HtmlWriter html) {
        html.raw(new InlineHtml().open("a", "href", linker(context).wikiLink(link), "class", "wikilink")
                .text(link.shown()).close("a").toString());
    }

    /** "[4, ¶7]", or for a bracket of several "[4, ¶1; 5, ¶3–4]". */
    private void renderCitation(CitationRef citation, NodeRendererContext context, HtmlWriter html) {
        InlineHtml out = new InlineHtml().open("span", "class", "cite").text("[");
        for (int i = 0; i < citation.items().size(); i++) {
            CitationLinker.CitationLink link = linker(context).citation(citation.ordinal() + i);
            if (i > 0) {
                out.text("; ");
            }
            // the id is what the reference list links back to (its ↩ a b c)
            out.open("a", "href", link.referenceHref(), "id", CitationLinker.citationId(citation.ordinal() + i)).text(Integer.toString(link.referenceNumber())).close("a");
            if (link.paragraphHref() != null) {
                out.text(", ");
                out.open("a", "href", link.paragraphHref()).text(link.paragraphLabel()).close("a");
            }
        }
        html.raw(out.text("]").close("span").toString());
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
