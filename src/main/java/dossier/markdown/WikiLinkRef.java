package dossier.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** {@code [[Name]]} or {@code [[Name|shown text]]}: a link to the entity with that name or alias. */
public class WikiLinkRef extends Node implements DoNotDecorate {
    private final String target;
    private final String shown;
    private int ordinal = -1;

    public WikiLinkRef(BasedSequence chars, String target, String shown) {
        super(chars);
        this.target = target;
        this.shown = shown;
    }

    public String target() {
        return target;
    }

    /** The text to show: after the '|', else the target as written. */
    public String shown() {
        return shown;
    }

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
