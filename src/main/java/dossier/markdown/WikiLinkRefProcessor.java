package dossier.markdown;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dossier.text.Whitespace;
import org.jetbrains.annotations.NotNull;

/** Turns {@code [[Name]]} and {@code [[Name|text]]} into {@link WikiLinkRef}s, as flexmark's wiki-link extension does. */
final class WikiLinkRefProcessor extends InlineRefProcessor {
    private static final int NESTING = 1;

    @Override
    public int getBracketNestingLevel() {
        return NESTING;
    }

    @Override
    public boolean isMatch(@NotNull BasedSequence chars) {
        return chars.length() >= 5 && chars.startsWith("[[") && chars.endsWith("]]")
                && !chars.subSequence(2, chars.length() - 2).toString().isBlank();
    }

    @Override
    public @NotNull Node createNode(@NotNull BasedSequence chars) {
        String inner = chars.subSequence(2, chars.length() - 2).toString();
        int bar = inner.indexOf('|');
        String target = Whitespace.collapse((bar < 0 ? inner : inner.substring(0, bar)));
        String shown = bar < 0 ? target : Whitespace.collapse(inner.substring(bar + 1));
        return new WikiLinkRef(chars, target, shown.isEmpty() ? target : shown);
    }

    static final class Factory implements LinkRefProcessorFactory {
        @Override
        public @NotNull LinkRefProcessor apply(@NotNull Document document) {
            return new WikiLinkRefProcessor();
        }

        @Override
        public boolean getWantExclamationPrefix(@NotNull DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(@NotNull DataHolder options) {
            return NESTING;
        }
    }
}
