package dossier.publish;

import dossier.config.SiteConfig;

/**
 * Addresses and ids of site files in the extra outputs. With a base URL they are absolute; without
 * one, links stay relative to the site root (where every extra output lives) and ids, which must
 * be absolute, are tag: URIs (RFC 4151) minted from the configured site id.
 */
final class SiteIds {
    private final SiteConfig site;

    SiteIds(SiteConfig site) {
        this.site = site;
    }

    /** A link to a site file from a file in the site root. */
    String href(String path) {
        return site.absoluteUrl(path).orElse(path);
    }

    /** A permanent, absolute id for a site file. */
    String id(String path) {
        return site.absoluteUrl(path).orElse("tag:" + site.id() + ":" + path);
    }

    boolean absolute() {
        return site.baseUrl() != null;
    }
}
