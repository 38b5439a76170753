package dossier.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.jetbrains.annotations.NotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wraps each excerpt and the blocks after it, up to the next excerpt or heading (the same span
 * {@link Commentary} reads), in an {@link Annotation}. Done once in the tree rather than in the
 * templates, which only see finished HTML. Runs after {@link ExcerptPostProcessor}.
 */
final class AnnotationPostProcessor extends DocumentPostProcessor {

    @Override
    public @NotNull Document processDocument(@NotNull Document document) {
        for (Excerpt excerpt : Nodes.outermost(document, Excerpt.class)) {
            wrap(excerpt);
        }
        return document;
    }

    private static void wrap(Excerpt excerpt) {
        List<Node> commentary = new ArrayList<>();
        for (Node next = excerpt.getNext(); next != null && !(next instanceof Excerpt) && !(next instanceof Heading); next = next.getNext()) {
            commentary.add(next);
        }
        Annotation annotation = new Annotation();
        excerpt.insertBefore(annotation);
        excerpt.unlink();
        annotation.appendChild(excerpt);
        if (!commentary.isEmpty()) {
            CommentaryBlock block = new CommentaryBlock();
            for (Node node : commentary) {
                node.unlink();
                block.appendChild(node);
            }
            block.setCharsFromContent();
            annotation.appendChild(block);
        }
        annotation.setCharsFromContent();
    }

    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(ExcerptPostProcessor.Factory.class);
        }

        @Override
        public @NotNull DocumentPostProcessor apply(@NotNull Document document) {
            return new AnnotationPostProcessor();
        }
    }
}
