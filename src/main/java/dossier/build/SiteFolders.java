package dossier.build;

import dossier.config.SiteConfig;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.text.SitePaths;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The folders jbake.properties names (content, assets, templates), each resolved through
 * {@link SitePaths}: a folder outside the site (or a link to one) is an error at the setting, so
 * nothing from outside is ever published, and the site's own folder is never silently skipped.
 *
 * @param assets    the assets folder, relative to the site ("assets"), or empty when there is none
 * @param templates the templates folder, relative to the site
 */
record SiteFolders(String content, Optional<String> assets, String templates) {
    static SiteFolders check(Path siteRoot, SiteConfig config, Report report) {
        SitePaths paths = new SitePaths(siteRoot);
        // content.folder cannot be changed at all (config.SettingRules says so); only the others are resolved
        String content = "content";
        String assets = setting(paths, config, "asset.folder", "assets", report);
        String templates = setting(paths, config, "template.folder", "templates", report);
        boolean hasAssets = assets != null && java.nio.file.Files.isDirectory(paths.root().resolve(assets));
        return new SiteFolders(content, hasAssets ? Optional.of(assets) : Optional.empty(),
                templates == null ? "templates" : templates);
    }

    /** The folder a setting names, normalised; null when it lies outside the site (reported). */
    private static String setting(SitePaths paths, SiteConfig config, String key, String fallback, Report report) {
        String value = config.settings().getOrDefault(key, fallback).strip();
        Position at = config.position(key);
        SitePaths.Resolved folder = paths.folder(value, SiteConfig.FILE, at, key, report);
        if (!folder.ok()) {
            return folder.missing() ? value : null; // a missing folder is reported by what needs it
        }
        return paths.root().relativize(folder.path()).toString().replace('\\', '/');
    }
}
