package dossier.model;

import dossier.diag.Position;
import dossier.markdown.Locator;
import dossier.source.SourceRecord;

/**
 * One source's account of an event or an entity, set beside the others': its words, proven
 * verbatim against the cited paragraphs as an excerpt is, and our notes on them.
 *
 * @param words   the source's words, proven; its anchor is unique on the page that declares it
 * @param speaker who the source quotes, in our words, or null
 * @param via     who the source attributes the account to, in our words, or null
 * @param omits   what this account leaves out, in our words, or null
 */
public record Account(ResolvedExcerpt words, String speaker, String via, String omits, Position position) {

    public SourceRecord source() {
        return words.source();
    }

    /** "¶5" or "¶12–13": the paragraphs the words come from. */
    public String paragraphLabel() {
        return new Locator.Paragraphs(words.paragraph(), words.lastParagraph()).label();
    }
}
