package dossier.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/**
 * A Pandoc-style citation bracket: {@code [@source-id]}, {@code [@source-id, ¶7]} or several,
 * {@code [@a, ¶1; @b, ¶3–4]}. Keys and locators are kept as written; whether they resolve is
 * decided later, against the model. Its items take consecutive ordinals from {@link #ordinal()}.
 */
public class CitationRef extends NumberedInline {
    private final List<CitationItem> items;

    public CitationRef(BasedSequence chars, List<CitationItem> items) {
        super(chars);
        this.items = List.copyOf(items);
    }

    public List<CitationItem> items() {
        return items;
    }

    /** The first item's key: an excerpt's key has one. */
    public String key() {
        return items.get(0).key();
    }

    /** "[@a, ¶1; @b]" as written, white space tidied. */
    public String written() {
        return "[" + String.join("; ", items.stream().map(CitationItem::written).toList()) + "]";
    }
}
