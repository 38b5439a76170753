package dossier.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * A Pandoc-style citation {@code [@source-id]} or {@code [@source-id, ¶7]}. The key and locator are
 * kept as written; whether they resolve is decided later, against the model.
 */
public class CitationRef extends Node implements DoNotDecorate {
    private final String key;
    private final String locator;
    private int ordinal = -1;

    public CitationRef(BasedSequence chars, String key, String locator) {
        super(chars);
        this.key = key;
        this.locator = locator;
    }

    public String key() {
        return key;
    }

    /** The text after the comma ("¶7"), or null. */
    public String locator() {
        return locator;
    }

    /** Position of this citation among the page's inline citations; set when facts are collected. */
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
