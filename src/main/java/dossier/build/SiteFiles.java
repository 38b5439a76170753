package dossier.build;

import dossier.diag.Position;
import dossier.diag.Report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a site, found once per build and sorted so that every later phase sees them in the
 * same order: source records, Markdown pages, and assets. Hidden and editor backup files are skipped.
 *
 * @param sourceRecords site-relative paths of content/sources/**.yml
 * @param pages         site-relative paths of content/**.md
 * @param assets        asset paths relative to the assets folder (= their output paths)
 */
record SiteFiles(List<String> sourceRecords, List<String> pages, List<String> assets) {
    static final String CONTENT = "content";
    static final String SOURCES = "content/sources/";
    static final String ASSETS = "assets";

    static SiteFiles discover(Path siteRoot, Report report) {
        List<String> records = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        Path content = siteRoot.resolve(CONTENT);
        if (!Files.isDirectory(content)) {
            report.error("no-content", CONTENT, Position.START, "folder not found: is " + siteRoot + " a dossier site?");
        } else {
            for (String path : walk(siteRoot, content, report)) {
                if (path.endsWith(".yml") && path.startsWith(SOURCES)) {
                    records.add(path);
                } else if (path.endsWith(".md")) {
                    pages.add(path);
                }
            }
        }
        List<String> assets = new ArrayList<>();
        Path assetRoot = siteRoot.resolve(ASSETS);
        if (Files.isDirectory(assetRoot)) {
            for (String path : walk(siteRoot, assetRoot, report)) {
                assets.add(path.substring(ASSETS.length() + 1));
            }
        }
        return new SiteFiles(List.copyOf(records), List.copyOf(pages), List.copyOf(assets));
    }

    private static List<String> walk(Path siteRoot, Path folder, Report report) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> siteRoot.relativize(p).toString().replace('\\', '/'))
                    .filter(SiteFiles::isVisible)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            report.error("io", siteRoot.relativize(folder).toString(), Position.START, "cannot list folder: " + e.getMessage());
            return List.of();
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
