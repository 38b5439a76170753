package dossier.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import org.jetbrains.annotations.NotNull;

/** Lets the page's {@link CitationLinker} (the model's reading of links) decide every link's href. */
final class LinkHrefs implements LinkResolver {

    @Override
    public @NotNull ResolvedLink resolveLink(@NotNull Node node, @NotNull LinkResolverBasicContext context, @NotNull ResolvedLink link) {
        CitationLinker linker = DossierMarkdownExtension.LINKER.get(context.getDocument());
        if (linker == null) {
            return link;
        }
        String href = linker.href(link.getUrl());
        return href.equals(link.getUrl()) ? link : link.withUrl(href).withStatus(LinkStatus.VALID);
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public @NotNull LinkResolver apply(@NotNull LinkResolverBasicContext context) {
            return new LinkHrefs();
        }
    }
}
