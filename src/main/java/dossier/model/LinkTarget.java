package dossier.model;

import java.util.Optional;

/** Where a Markdown link or image on a page leads, decided once by {@link LinkResolver}. */
public sealed interface LinkTarget {

    /** A URL with a scheme (https:, mailto:): not ours to check. */
    record External() implements LinkTarget {
    }

    /** "#fragment" on the same page. */
    record SamePage(String fragment) implements LinkTarget {
    }

    /** "/x": breaks under a base path and from file://. */
    record RootRelative() implements LinkTarget {
    }

    /** A relative link that climbs out of the site or cannot be read as a path. */
    record OutsideSite() implements LinkTarget {
    }

    /**
     * A file of the site.
     *
     * @param path     relative to the output root, decoded ("my chart.png"); a link to a page's
     *                 Markdown file ("other.md") is its page's address ("other.html")
     * @param fragment the part after '#', or null
     * @param page     the page at that address, if it is one
     * @param exists   whether the bake writes a file there
     */
    record InSite(String path, String fragment, Optional<Page> page, boolean exists) implements LinkTarget {
    }
}
