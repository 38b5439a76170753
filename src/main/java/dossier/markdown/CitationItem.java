package dossier.markdown;

/**
 * One citation as written: a source key and what it names there.
 *
 * @param locatorText the text after the key's comma as written (stripped), or null
 */
public record CitationItem(String key, String locatorText, Locator locator) {

    /** "@key, ¶7" as written, white space tidied. */
    public String written() {
        return "@" + key + (locatorText == null ? "" : ", " + locatorText);
    }
}
