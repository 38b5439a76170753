package dossier.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.jetbrains.annotations.NotNull;

/**
 * The dossier's Markdown syntax: citations {@code [@key, ¶7]}, excerpts (blockquotes closed by a
 * key) and wiki-links {@code [[Name|text]]}.
 */
public final class DossierMarkdownExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The per-page linker the renderer asks for reference numbers and anchors. */
    public static final NullableDataKey<CitationLinker> LINKER = new NullableDataKey<>("DOSSIER_CITATION_LINKER");

    private DossierMarkdownExtension() {
    }

    public static DossierMarkdownExtension create() {
        return new DossierMarkdownExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new CitationLinkRefProcessor.Factory());
        builder.linkRefProcessorFactory(new WikiLinkRefProcessor.Factory());
        builder.postProcessorFactory(new ExcerptPostProcessor.Factory());
        builder.postProcessorFactory(new AnnotationPostProcessor.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(new DossierNodeRenderer.Factory());
        builder.nodeRendererFactory(new AnnotationRenderer.Factory());
        builder.nodeRendererFactory(new TextRenderer.Factory());
        builder.linkResolverFactory(new LinkHrefs.Factory());
    }
}
