package dossier.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * A blockquote closed by a citation key: the source's own words. Its children are the quoted
 * paragraphs; the key line has been taken out of them into {@link #citation()}.
 */
public class Excerpt extends Block {
    private final CitationRef citation;
    private int ordinal = -1;

    public Excerpt(BasedSequence chars, CitationRef citation) {
        super(chars);
        this.citation = citation;
    }

    public CitationRef citation() {
        return citation;
    }

    /** Position of this excerpt among the page's excerpts; set when facts are collected. */
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
