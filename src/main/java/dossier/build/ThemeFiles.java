package dossier.build;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.ingest.StagedFiles;
import dossier.render.Theme;
import dossier.text.SitePaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled theme's files as a site sees them ({@code templates/article.ftl},
 * {@code assets/css/dossier.css}), and {@code theme eject}: copies of them put into the site's own
 * folders for editing, where the site's copy then wins. Never overwrites a file.
 */
public final class ThemeFiles {
    private ThemeFiles() {
    }

    /** Every theme file, by the site path it overrides (templates/…, assets/…). */
    public static List<String> all() {
        return Theme.files();
    }

    /** What an eject did: the files copied, and those left alone because the site has them. */
    public record Ejected(List<String> copied, List<String> kept) {
    }

    /**
     * Copies the named theme files (site paths, from {@link #all()}) into the site, all or none:
     * staged, never over a file that exists (kept and said).
     */
    public static Ejected eject(Path siteRoot, List<String> names, Report report) {
        SitePaths paths = new SitePaths(siteRoot);
        StagedFiles staged = new StagedFiles();
        List<String> copied = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            Path target = siteRoot.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                kept.add(name);
            } else if (!paths.mayWrite(target)) {
                report.error("outside-site", name, Position.START, "it would be written outside the site (a folder on its way is a symbolic link out of it): nothing written");
            } else {
                staged.addNew(target, Theme.read(name));
                copied.add(name);
            }
        }
        if (report.hasErrors()) {
            return new Ejected(List.of(), List.of());
        }
        try {
            staged.commit();
        } catch (IOException e) {
            report.error("io", names.isEmpty() ? "templates" : names.get(0), Position.START, "cannot write: " + e.getMessage());
            return new Ejected(List.of(), List.of());
        }
        return new Ejected(List.copyOf(copied), List.copyOf(kept));
    }
}
