package dossier.build;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.text.SitePaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a site, found once per build and sorted so that every later phase sees them in the
 * same order: source records, Markdown pages, and assets. Hidden and editor backup files are skipped.
 * Every file that would be read or published goes through {@link SitePaths}: a symbolic link to a
 * file inside the site counts as that file; a link that leads outside the site, a link to a folder,
 * a named pipe or a file over the size limit is an error at its own path, and is left out.
 *
 * @param sourceRecords site-relative paths of content/sources/**.yml
 * @param pages         site-relative paths of content/**.md
 * @param assetFolder   the assets folder, site-relative, when the site has one
 * @param assets        asset paths relative to the assets folder (= their output paths)
 */
record SiteFiles(List<String> sourceRecords, List<String> pages, Optional<String> assetFolder, List<String> assets) {
    static final String CONTENT = "content";
    static final String SOURCES = "content/sources/";

    static SiteFiles discover(Path siteRoot, SiteFolders folders, Report report) {
        SitePaths paths = new SitePaths(siteRoot);
        List<String> records = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        Path content = siteRoot.resolve(CONTENT);
        if (!Files.isDirectory(content)) {
            report.error("no-content", CONTENT, Position.START, "folder not found: is " + siteRoot + " a dossier site?");
        } else {
            for (Listed listed : walk(siteRoot, content, report)) {
                String path = listed.path();
                boolean record = path.endsWith(".yml") && path.startsWith(SOURCES);
                boolean page = path.endsWith(".md");
                if (record || page) {
                    if (accepted(paths, listed, report)) {
                        (record ? records : pages).add(path);
                    }
                } else if (isFolderLink(siteRoot, path)) {
                    // links to folders are not walked: one leading out is refused, one inside named
                    accepted(paths, listed, report);
                }
            }
        }
        List<String> assets = new ArrayList<>();
        if (folders.assets().isPresent()) {
            String folder = folders.assets().get();
            for (Listed listed : walk(siteRoot, siteRoot.resolve(folder), report)) {
                if (accepted(paths, listed, report)) {
                    assets.add(listed.path().substring(folder.length() + 1));
                }
            }
        }
        // templates are read by Freemarker, not by us: refuse links out of the site before it starts
        Path templates = siteRoot.resolve(folders.templates());
        if (Files.isDirectory(templates)) {
            walk(siteRoot, templates, report).forEach(listed -> accepted(paths, listed, report));
        }
        return new SiteFiles(List.copyOf(records), List.copyOf(pages), folders.assets(), List.copyOf(assets));
    }

    /**
     * Whether a listed file may be read: inside the site after links, a regular file, not too large.
     * A regular file that is no link, found by a walk that enters no link, lies inside the site by
     * its path: its size settles it, without the path being resolved again (a dozen system calls a file).
     */
    private static boolean accepted(SitePaths paths, Listed listed, Report report) {
        if (listed.attributes() != null && listed.attributes().isRegularFile() && listed.attributes().size() <= SitePaths.MAX_FILE_BYTES) {
            return true;
        }
        String path = listed.path();
        SitePaths.Resolved file = paths.file(path, path, Position.START, "file", report);
        if (file.missing()) {
            // it was listed, so it is a link whose target is missing or that loops
            report.error("file-unreadable", path, Position.START, "a symbolic link that leads to no file (its target is missing, or links loop): not read");
        }
        return file.ok();
    }

    private static boolean isFolderLink(Path siteRoot, String path) {
        Path file = siteRoot.resolve(path);
        return Files.isSymbolicLink(file) && Files.isDirectory(file);
    }

    /** A file a walk lists, with its own attributes (links not followed), or null when they could not be read. */
    private record Listed(String path, BasicFileAttributes attributes) {
    }

    /** Everything below a folder but its folders; links are listed, never walked into. */
    private static List<Listed> walk(Path siteRoot, Path folder, Report report) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> new Listed(siteRoot.relativize(p).toString().replace('\\', '/'), attributes(p)))
                    .filter(listed -> listed.attributes() == null || !listed.attributes().isDirectory())
                    .filter(listed -> isVisible(listed.path()))
                    .sorted(Comparator.comparing(Listed::path))
                    .toList();
        } catch (IOException e) {
            report.error("io", siteRoot.relativize(folder).toString(), Position.START, "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    /** What Files.isDirectory(p, NOFOLLOW_LINKS) reads, kept for {@link #accepted}. */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isVisible(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".") || part.endsWith("~") || part.startsWith("#")) {
                return false;
            }
        }
        return true;
    }
}
