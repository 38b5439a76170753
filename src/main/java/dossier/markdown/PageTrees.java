package dossier.markdown;

import com.vladsch.flexmark.util.ast.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flexmark trees of a build's pages, by page path, kept for the renderer alone: the model and
 * everything after it read {@link ParsedPage} facts, never a tree.
 */
public final class PageTrees {
    private final MarkdownProcessor markdown;
    private final Map<String, Document> trees;

    private PageTrees(MarkdownProcessor markdown, Map<String, Document> trees) {
        this.markdown = markdown;
        this.trees = Map.copyOf(trees);
    }

    public static PageTrees of(MarkdownProcessor markdown, List<ParseResult> parsed) {
        Map<String, Document> trees = new HashMap<>();
        parsed.forEach(p -> trees.put(p.page().path(), p.tree()));
        return new PageTrees(markdown, trees);
    }

    /** Renders a page's body; the linker answers reference numbers, anchors and link targets. */
    public String render(String path, CitationLinker linker) {
        Document tree = trees.get(path);
        if (tree == null) {
            throw new IllegalArgumentException("no parsed tree for " + path);
        }
        return markdown.render(tree, linker);
    }
}
