package dossier.markdown;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns citation brackets ({@link CitationGrammar}) into {@link CitationRef} nodes, the way flexmark's footnotes do {@code [^id]}. */
final class CitationLinkRefProcessor extends InlineRefProcessor {
    private static final Pattern CITATION = CitationGrammar.BRACKET;

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(@NotNull BasedSequence nodeChars) {
        return CITATION.matcher(nodeChars).matches();
    }

    @Override
    public @NotNull Node createNode(@NotNull BasedSequence nodeChars) {
        Matcher m = CITATION.matcher(nodeChars);
        if (!m.matches()) {
            throw new IllegalStateException("createNode without isMatch: " + nodeChars);
        }
        return new CitationRef(nodeChars, CitationGrammar.items(m.group(1)));
    }

    static final class Factory implements LinkRefProcessorFactory {
        @Override
        public @NotNull LinkRefProcessor apply(@NotNull Document document) {
            return new CitationLinkRefProcessor();
        }

        @Override
        public boolean getWantExclamationPrefix(@NotNull DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(@NotNull DataHolder options) {
            return 0;
        }
    }
}
