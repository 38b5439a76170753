package dossier.markdown;

import com.vladsch.flexmark.util.ast.Document;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flexmark trees of a build's pages, by page path, kept for the renderer alone: the model and
 * everything after it read {@link ParsedPage} facts, never a tree. Each body is rendered once, so
 * its tree is dropped as it is rendered: the trees of pages already written are not held while
 * the others render.
 */
public final class PageTrees {
    private final MarkdownProcessor markdown;
    private final Map<String, Document> trees;

    private PageTrees(MarkdownProcessor markdown, Map<String, Document> trees) {
        this.markdown = markdown;
        this.trees = trees;
    }

    public static PageTrees of(MarkdownProcessor markdown, List<ParseResult> parsed) {
        Map<String, Document> trees = new ConcurrentHashMap<>();
        parsed.forEach(p -> trees.put(p.page().path(), p.tree()));
        return new PageTrees(markdown, trees);
    }

    /**
     * Renders a page's body, once: the tree is dropped then. The linker answers reference numbers,
     * anchors and link targets.
     */
    public String render(String path, CitationLinker linker) {
        Document tree = trees.remove(path);
        if (tree == null) {
            throw new IllegalArgumentException("no parsed tree for " + path + " (or its body was rendered already)");
        }
        return markdown.render(tree, linker);
    }
}
