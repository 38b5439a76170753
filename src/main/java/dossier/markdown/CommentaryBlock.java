package dossier.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** The blocks that follow an excerpt up to the next excerpt or heading: the commentary on it. */
public class CommentaryBlock extends Block {

    CommentaryBlock() {
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
