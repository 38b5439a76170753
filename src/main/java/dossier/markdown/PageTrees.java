package dossier.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dossier.diag.Report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flexmark trees of a build's pages, by page path, kept for the renderer alone: the model and
 * everything after it read {@link ParsedPage} facts, never a tree. Each body is rendered once, so
 * its tree is dropped as it is rendered: the trees of pages already written are not held while
 * the others render. A page whose facts came from a {@link ParseMemo} has no tree: it is parsed
 * again from its text only if its body has to be rendered.
 */
public final class PageTrees {
    private final MarkdownProcessor markdown;
    private final Map<String, Document> trees;
    private final Map<String, String> texts;

    private PageTrees(MarkdownProcessor markdown, Map<String, Document> trees, Map<String, String> texts) {
        this.markdown = markdown;
        this.trees = trees;
        this.texts = texts;
    }

    public static PageTrees of(MarkdownProcessor markdown, List<ParseResult> parsed) {
        return of(markdown, parsed, Map.of());
    }

    /** @param texts the text of every page, kept when a memo needs them (and for pages parsed without a tree) */
    public static PageTrees of(MarkdownProcessor markdown, List<ParseResult> parsed, Map<String, String> texts) {
        Map<String, Document> trees = new ConcurrentHashMap<>();
        parsed.stream().filter(p -> p.tree() != null).forEach(p -> trees.put(p.page().path(), p.tree()));
        return new PageTrees(markdown, trees, Map.copyOf(texts));
    }

    /** The page's text, when this build kept the texts. */
    public Optional<String> text(String path) {
        return Optional.ofNullable(texts.get(path));
    }

    /**
     * Renders a page's body, once: the tree is dropped then. The linker answers reference numbers,
     * anchors and link targets.
     */
    public String render(String path, CitationLinker linker) {
        Document tree = trees.remove(path);
        if (tree == null && texts.containsKey(path)) {
            // its facts came from the memo: the same text parses to the same tree (its diagnostics are reported already)
            tree = markdown.parse(path, texts.get(path), new Report()).map(ParseResult::tree).orElse(null);
        }
        if (tree == null) {
            throw new IllegalArgumentException("no parsed tree for " + path + " (or its body was rendered already)");
        }
        return markdown.render(tree, linker);
    }
}
