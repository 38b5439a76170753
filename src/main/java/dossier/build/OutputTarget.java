package dossier.build;


import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Whether a folder may receive a bake. A bake replaces its output folder wholesale, so it may only
 * go where nothing can be lost: a folder that is absent, empty, or marked by {@link #MARKER} as a
 * previous bake, and never into or over the site's inputs, a git repository or a file. Paths are
 * compared as real paths (symlinks followed), so a link into the site is seen for what it is.
 * {@code force} allows replacing a non-empty folder that is not a previous bake, and nothing else.
 */
public final class OutputTarget {
    /** Written into every bake's output: the proof that replacing the folder loses nothing of anyone's. */
    public static final String MARKER = ".dossier-bake";
    /** What a bake must never write into or over, relative to the site folder. */
    private static final List<String> INPUTS = List.of("content", "templates", "assets", "jbake.properties", "src", ".git");

    private OutputTarget() {
    }

    /** Why a bake must not write to {@code output}, or empty when it may. */
    public static Optional<String> refusal(Path siteRoot, Path output, boolean force) {
        Path out;
        Path site;
        try {
            out = real(output);
            site = real(siteRoot);
        } catch (Refused e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            return Optional.of("cannot be resolved: " + e.getMessage());
        }
        String via = viaLinks(siteRoot, output, site, out);
        if (site.startsWith(out)) {
            return Optional.of((site.equals(out) ? "is the site folder itself" : "contains the site folder") + via);
        }
        for (String input : INPUTS) {
            Path in = realOrSelf(site.resolve(input));
            if (out.startsWith(in)) {
                String what = input.equals("jbake.properties") ? "settings file jbake.properties" : input + "/ folder";
                return Optional.of((out.equals(in) ? "is the site's " : "is inside the site's ") + what + via + "; a bake never writes into its inputs");
            }
        }
        for (Path name : out) {
            if (name.toString().equals(".git")) {
                return Optional.of("is inside a git repository's .git folder");
            }
        }
        Optional<String> folder = Files.exists(out) ? existingFolder(out, force) : Optional.empty();
        if (folder.isPresent()) {
            return folder;
        }
        Path parent = nearestExisting(out.getParent());
        if (!Files.isWritable(parent)) {
            return Optional.of("cannot be written: " + shown(siteRoot, parent) + " is read-only");
        }
        return Optional.empty();
    }

    /** An existing output: a writable folder that is empty or a previous bake (or, forced, any folder but a repository). */
    private static Optional<String> existingFolder(Path out, boolean force) {
        if (!Files.isDirectory(out)) {
            return Optional.of(Files.isRegularFile(out) ? "is a file; a bake writes a folder and never replaces a file" : "is not a folder");
        }
        if (!Files.isWritable(out)) {
            return Optional.of("is read-only; a bake replaces the folder, so it must be writable");
        }
        if (Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.exists(out.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("holds a git repository (.git); a bake never replaces one, not even with --force");
        }
        if (force || isEmpty(out)) {
            return Optional.empty();
        }
        return Optional.of("is not empty and is not a previous bake (it holds no " + MARKER + " marker file); choose an empty or new folder,"
                + " or add --force to replace everything in it");
    }

    private static boolean isEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The real path of {@code path}, which need not exist yet: its nearest existing ancestor with
     * symlinks resolved, plus the names below it. A dangling link or a file on the way is refused.
     */
    public static Path real(Path path) throws IOException {
        Path existing = path.toAbsolutePath().normalize();
        Deque<Path> below = new ArrayDeque<>();
        while (!Files.exists(existing)) {
            if (Files.isSymbolicLink(existing)) {
                throw new Refused("is a symbolic link to nothing (" + Files.readSymbolicLink(existing) + ")");
            }
            below.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (!below.isEmpty() && !Files.isDirectory(existing)) {
            throw new Refused("is below " + existing.getFileName() + ", which is a file, not a folder");
        }
        Path real = existing.toRealPath();
        for (Path name : below) {
            real = real.resolve(name);
        }
        return real;
    }

    /** " (X after following symbolic links)" when links made the output something other than it reads. */
    private static String viaLinks(Path siteRoot, Path output, Path realSite, Path realOut) {
        String real = shown(realSite, realOut);
        if (real.equals(shown(siteRoot, output))) {
            return "";
        }
        return " (" + (real.equals(".") ? "the site" : real) + " after following symbolic links)";
    }

    private static Path realOrSelf(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }

    private static Path nearestExisting(Path path) {
        Path at = path;
        while (at.getParent() != null && !Files.exists(at)) {
            at = at.getParent();
        }
        return at;
    }

    /** A path as messages show it: relative to the site when inside it, else absolute. */
    public static String shown(Path siteRoot, Path path) {
        Path root = siteRoot.toAbsolutePath().normalize();
        Path abs = path.toAbsolutePath().normalize();
        if (abs.equals(root)) {
            return ".";
        }
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /** A path that cannot be used at all; its message is the reason. */
    private static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }
}
