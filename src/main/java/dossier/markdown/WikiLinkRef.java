package dossier.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code [[Name]]} or {@code [[Name|shown text]]}: a link to the entity with that name or alias. */
public class WikiLinkRef extends NumberedInline {
    private final String target;
    private final String shown;

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
}
