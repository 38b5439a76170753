package dossier.markdown;

import com.vladsch.flexmark.util.ast.Node;
import dossier.text.Whitespace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain text of one page's blocks, each extracted from the tree once however many facts need
 * it: the prose for the search index, the commentary on each excerpt (as read and as written), the
 * quoted words of excerpts and the context of each link all read the same paragraphs. Lives as
 * long as the page's parse; not shared between threads.
 */
final class PageText {
    private final Map<Node, Block> blocks = new IdentityHashMap<>();

    /** One block's text: as a reader sees it (citations dropped), and the citations dropped from it. */
    private static final class Block {
        final String plain;
        final List<PlainText.Dropped> citations;
        String collapsed;
        String tidy;
        String written;

        Block(String plain, List<PlainText.Dropped> citations) {
            this.plain = plain;
            this.citations = citations;
        }
    }

    private Block block(Node node) {
        Block block = blocks.get(node);
        if (block == null) {
            StringBuilder text = new StringBuilder();
            List<PlainText.Dropped> citations = new ArrayList<>();
            PlainText.collect(node, text, citations);
            block = new Block(text.toString(), citations);
            blocks.put(node, block);
        }
        return block;
    }

    /** The text a reader sees, inline citations dropped, white space as written. */
    String plain(Node node) {
        return block(node).plain;
    }

    /** {@link #plain} with its white space collapsed. */
    String collapsed(Node node) {
        Block block = block(node);
        if (block.collapsed == null) {
            block.collapsed = Whitespace.collapse(block.plain);
        }
        return block.collapsed;
    }

    /** {@link PlainText#tidy}: collapsed (once: the collapsed text is shared), and no space left where a citation was dropped. */
    String tidy(Node node) {
        Block block = block(node);
        if (block.tidy == null) {
            block.tidy = PlainText.tidy(collapsed(node));
        }
        return block.tidy;
    }

    /** White space collapsed, inline citations kept as written ("[@key, ¶7]"). */
    String withCitations(Node node) {
        Block block = block(node);
        if (block.citations.isEmpty()) {
            return collapsed(node);
        }
        if (block.written == null) {
            block.written = Whitespace.collapse(PlainText.withCitations(block.plain, block.citations));
        }
        return block.written;
    }
}
