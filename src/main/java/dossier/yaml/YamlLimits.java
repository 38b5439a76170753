package dossier.yaml;

import org.yaml.snakeyaml.error.Mark;

/**
 * Limits every YAML document keeps (front matter, source records, the manifest), far beyond real
 * ones (the shipped manifest is a few hundred values, nested 5 deep) and low enough that no
 * document can exhaust the heap: an alias bomb ("billion laughs") is refused at the alias that
 * passes the limit, and aliases are counted again as they are expanded.
 */
final class YamlLimits {
    /** About 2 MB of text: a manifest of some two thousand sources. */
    static final int MAX_CODE_POINTS = 2_000_000;
    /** Scalars and collections, aliases expanded: a few tens of megabytes of nodes at most. */
    static final int MAX_NODES = 200_000;
    static final int MAX_DEPTH = 50;
    static final int MAX_ALIASES = 20;

    private YamlLimits() {
    }

    /** A limit passed at a place in the text. */
    static final class Passed extends RuntimeException {
        final transient Mark mark;

        Passed(Mark mark, String message) {
            super(message, null, false, false);
            this.mark = mark;
        }
    }
}
