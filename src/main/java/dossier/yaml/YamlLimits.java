package dossier.yaml;

import org.yaml.snakeyaml.error.Mark;

/**
 * Limits every YAML document keeps, far beyond real ones and low enough that no document can
 * exhaust the heap: an alias bomb ("billion laughs") is refused at the alias that passes the
 * limit, and aliases are counted again as they are expanded. One page's front matter or one
 * source record has {@link #DOCUMENT}'s; the import manifest, the one document that grows with the
 * site (about 300 characters and 30 values a source), has {@link #SITE_WIDE}'s.
 *
 * @param codePoints the text's length
 * @param nodes      scalars and collections, aliases expanded
 * @param depth      nesting
 * @param aliases    aliases to collections
 */
public record YamlLimits(int codePoints, int nodes, int depth, int aliases) {
    /** About 2 MB of text and 200,000 values: a few tens of megabytes of nodes at most. */
    public static final YamlLimits DOCUMENT = new YamlLimits(2_000_000, 200_000, 50, 20);
    /**
     * The manifest of a dossier of 50,000 sources (16 MB, the size any file of a site may have),
     * 2,000,000 values: a few hundred megabytes of nodes at most, for a site that size.
     */
    public static final YamlLimits SITE_WIDE = new YamlLimits(16_000_000, 2_000_000, 50, 20);

    /** A limit passed at a place in the text. */
    static final class Passed extends RuntimeException {
        final transient Mark mark;

        Passed(Mark mark, String message) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }
}
