package dossier.text;

import dossier.diag.Position;
import dossier.diag.Report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one place where a relative path from content, records, settings or the command line becomes
 * a file to read (GUIDE §4, after Hugo's security model). The path is resolved with symlinks
 * followed and must stay inside the site folder; only regular files are read, and none larger
 * than {@link #MAX_FILE_BYTES}. Each check runs before a byte is read, so a path outside the site
 * is never opened, hashed or copied, and a named pipe or a device never blocks a build.
 * A symlink inside the site whose target is inside the site is followed like the file itself.
 */
public final class SitePaths {
    /** No page, record, manifest, archive or import file is read beyond this (16 MiB). */
    public static final long MAX_FILE_BYTES = 16L << 20;

    private final Path root;

    public SitePaths(Path siteRoot) {
        Path absolute = siteRoot.toAbsolutePath().normalize();
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            real = absolute; // a missing site is reported elsewhere; nothing inside it can be read
        }
        this.root = real;
    }

    /** The site folder, symlinks resolved. */
    public Path root() {
        return root;
    }

    /**
     * A file inside the site, or why not.
     *
     * @param relative   a site-relative path ("content/sources/x.original.html")
     * @param reportPath the file the problem is reported in (the record, the settings…)
     * @param at         where in that file the path is written
     * @param what       what the path names, for the message ("archived original")
     * @return the real path; empty when refused (reported) or missing (not reported: {@link Resolved#missing()})
     */
    public Resolved file(String relative, String reportPath, Position at, String what, Report report) {
        Resolved real = inside(relative, reportPath, at, what, report);
        return real.ok() ? checkedFile(real.path(), "'" + relative + "'", reportPath, at, what, report) : real;
    }

    /** A folder inside the site (templates, assets, content), or empty with the reason reported. */
    public Resolved folder(String relative, String reportPath, Position at, String what, Report report) {
        Resolved real = inside(relative, reportPath, at, what, report);
        if (real.ok() && !Files.isDirectory(real.path())) {
            report.error("not-a-file", reportPath, at, what + " '" + relative + "' is not a folder");
            return Resolved.REFUSED;
        }
        return real;
    }

    /**
     * Whether a file to be written lies inside the site: its folder, or while that does not exist
     * yet its nearest existing parent, with links followed (a folder that links out is refused).
     */
    public boolean mayWrite(Path file) {
        Path existing = root.resolve(file).normalize().getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing != null && contains(existing.toRealPath())
                    && (!Files.isSymbolicLink(root.resolve(file)) || contains(root.resolve(file).toRealPath()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a real path lies inside the site. */
    public boolean contains(Path real) {
        return real.startsWith(root);
    }

    /**
     * A file named on the command line (it may lie anywhere: the editor typed it), checked to be a
     * regular file within the size limit before it is opened.
     *
     * A path the system cannot resolve is returned {@link Resolved#unreadable()}, for the caller to report.
     */
    public static Resolved commandLineFile(Path file, String shownPath, Report report) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            return Resolved.MISSING;
        } catch (IOException e) {
            return new Resolved(null, false, reason(e));
        }
        return checkedFile(real, "", shownPath, Position.START, "file", report);
    }

    /** Reads a file that {@link #file} or {@link #commandLineFile} accepted, never beyond the limit. */
    public static Optional<byte[]> readBytes(Path real, String reportPath, Position at, Report report) {
        try (InputStream in = Files.newInputStream(real)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                // it grew after the check
                report.error("too-large", reportPath, at, "file is larger than " + limit() + ": not read");
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            report.error("file-unreadable", reportPath, at, "cannot read file: " + reason(e));
            return Optional.empty();
        }
    }

    /** The system's reason without the path it names (paths in a message are the caller's). */
    static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
    }

    static String limit() {
        return (MAX_FILE_BYTES >> 20) + " MiB";
    }

    /** The real path when inside the site and existing; an outside path is reported, a missing one not. */
    private Resolved inside(String relative, String reportPath, Position at, String what, Report report) {
        Path lexical;
        boolean absolute;
        try {
            absolute = Path.of(relative).isAbsolute();
            lexical = root.resolve(relative).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            report.error("outside-site", reportPath, at, what + " '" + relative + "' is not a valid path");
            return Resolved.REFUSED;
        }
        if (absolute || !lexical.startsWith(root)) {
            // refused before the file system is asked, so the error reveals nothing about what is there
            report.error("outside-site", reportPath, at, what + " '" + relative + "' lies outside the site folder: not read",
                    "every path in a site is relative to its own folder and stays inside it");
            return Resolved.REFUSED;
        }
        Path real;
        try {
            real = lexical.toRealPath();
        } catch (IOException e) {
            return Resolved.MISSING; // also a dangling symbolic link
        }
        if (!contains(real)) {
            report.error("outside-site", reportPath, at, what + " '" + relative
                            + "' is a symbolic link that leads outside the site folder: not read",
                    "a symbolic link may point only inside the site; copy the file into the site instead");
            return Resolved.REFUSED;
        }
        return new Resolved(real, false, null);
    }

    private static Resolved checkedFile(Path real, String named, String reportPath, Position at, String what, Report report) {
        String subject = named.isEmpty() ? what : what + " " + named;
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            String kind = Files.isDirectory(real) ? "a folder" : "not a regular file (a named pipe, a device or a socket)";
            report.error("not-a-file", reportPath, at, subject + " is " + kind + ": only regular files are read");
            return Resolved.REFUSED;
        }
        try {
            long size = Files.size(real);
            if (size > MAX_FILE_BYTES) {
                report.error("too-large", reportPath, at, subject + " is " + size + " bytes, more than the limit of " + limit() + ": not read");
                return Resolved.REFUSED;
            }
        } catch (IOException e) {
            report.error("file-unreadable", reportPath, at, "cannot read " + subject + ": " + reason(e));
            return Resolved.REFUSED;
        }
        return new Resolved(real, false, null);
    }

    /**
     * The outcome of resolving a path.
     *
     * @param path    the real path of a readable regular file, or null
     * @param missing    true when nothing is there (the caller reports it in its own words)
     * @param unreadable why the system could not resolve a command-line path (the caller reports it), or null
     */
    public record Resolved(Path path, boolean missing, String unreadable) {
        static final Resolved MISSING = new Resolved(null, true, null);
        static final Resolved REFUSED = new Resolved(null, false, null);

        public boolean ok() {
            return path != null;
        }

    }
}
