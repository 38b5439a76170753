package dossier.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jetbrains.annotations.NotNull;

/**
 * Turns every blockquote whose last line is nothing but a citation key into an {@link Excerpt}.
 * Other blockquotes stay blockquotes: a quote without a key is not claimed to be verbatim.
 */
final class ExcerptPostProcessor extends DocumentPostProcessor {

    @Override
    public @NotNull Document processDocument(@NotNull Document document) {
        for (BlockQuote quote : Nodes.outermost(document, BlockQuote.class)) {
            convert(quote);
        }
        return document;
    }

    private static void convert(BlockQuote quote) {
        if (!(quote.getLastChild() instanceof Paragraph last)) {
            return;
        }
        Node tail = last.getLastChild();
        while (tail instanceof Text t && t.getChars().isBlank()) {
            tail = tail.getPrevious();
        }
        if (!(tail instanceof CitationRef key)) {
            return;
        }
        Node before = key.getPrevious();
        while (before instanceof Text t && t.getChars().isBlank()) {
            before = before.getPrevious();
        }
        boolean ownLine = before == null || before instanceof SoftLineBreak || before instanceof HardLineBreak;
        if (!ownLine) {
            return;
        }
        // drop the key and everything after the line break that precedes it
        Node cut = before != null ? before : key;
        while (cut != null) {
            Node next = cut.getNext();
            cut.unlink();
            cut = next;
        }
        if (!last.hasChildren()) {
            last.unlink();
        }
        Excerpt excerpt = new Excerpt(quote.getChars(), key);
        excerpt.takeChildren(quote);
        quote.insertBefore(excerpt);
        quote.unlink();
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new ExcerptPostProcessor();
        }
    }
}
