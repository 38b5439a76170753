package dossier.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Maps a sanitised request path to a file of the served folder. Beyond {@link RequestPath}'s
 * checks, the resolved file's real path (all symbolic links followed) must lie inside the folder's
 * real path; a link that leads out of it is treated as missing.
 */
final class StaticFiles {

    sealed interface Resolution permits Found, Redirect, NotFound {
    }

    /** A regular file inside the served folder (its real path). */
    record Found(Path file) implements Resolution {
    }

    /** A folder asked for without its trailing slash: relative links need it. */
    record Redirect(String location) implements Resolution {
    }

    record NotFound() implements Resolution {
    }

    static final String INDEX = "index.html";

    private StaticFiles() {
    }

    static Resolution resolve(Path root, RequestPath request) {
        try {
            Path realRoot = root.toRealPath();
            Path candidate = realRoot;
            for (String segment : request.segments()) {
                candidate = candidate.resolve(segment);
            }
            candidate = candidate.normalize();
            if (!candidate.startsWith(realRoot)) {
                return new NotFound(); // cannot happen after RequestPath's checks; kept as a second lock
            }
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return new NotFound();
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot)) {
                return new NotFound();
            }
            if (Files.isDirectory(real)) {
                if (!request.directory() && !request.segments().isEmpty()) {
                    return new Redirect(request.urlPath(true));
                }
                return resolveIndex(realRoot, real);
            }
            if (request.directory() || !Files.isRegularFile(real)) {
                return new NotFound();
            }
            return new Found(real);
        } catch (IOException | SecurityException e) {
            return new NotFound();
        }
    }

    private static Resolution resolveIndex(Path realRoot, Path folder) throws IOException {
        Path index = folder.resolve(INDEX);
        if (!Files.exists(index, LinkOption.NOFOLLOW_LINKS)) {
            return new NotFound();
        }
        Path real = index.toRealPath();
        return real.startsWith(realRoot) && Files.isRegularFile(real) ? new Found(real) : new NotFound();
    }
}
