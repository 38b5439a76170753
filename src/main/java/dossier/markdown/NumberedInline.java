package dossier.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * An inline node of our syntax that keeps its data in fields and is numbered in document order
 * when facts are collected, so the renderer can find its resolution in the model.
 */
abstract class NumberedInline extends Node implements DoNotDecorate {
    private int ordinal = -1;

    NumberedInline(BasedSequence chars) {
        super(chars);
    }

    /** Position among the page's nodes of this kind; set when facts are collected. */
    public int ordinal() {
        return ordinal;
    }

    void setOrdinal(int ordinal) {
        this.ordinal = ordinal;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
