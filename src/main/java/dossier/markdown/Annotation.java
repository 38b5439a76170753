package dossier.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * An {@link Excerpt} together with the editors' commentary on it (a {@link CommentaryBlock}, absent
 * when another excerpt or a heading follows at once), so that the page can set the two side by side.
 */
public class Annotation extends Block {

    Annotation() {
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
