package dossier.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A Pandoc-style citation {@code [@source-id]} or {@code [@source-id, ¶7]}. The key and locator are
 * kept as written; whether they resolve is decided later, against the model.
 */
public class CitationRef extends NumberedInline {
    private final String key;
    private final String locator;

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
}
