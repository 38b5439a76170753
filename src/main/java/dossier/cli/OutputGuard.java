package dossier.cli;

import dossier.build.OutputTarget;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Refuses, before any work, an output folder a bake must not replace (see {@link OutputTarget}):
 * a usage error that names the folder as the editor typed it, relative to the site when inside it.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    /** The message for a refused {@code --out}, or empty when the bake may write there. */
    static Optional<String> refusal(Path siteRoot, Path output, boolean force) {
        return OutputTarget.refusal(siteRoot, output, force)
                .map(why -> "--out " + OutputTarget.shown(siteRoot, output) + ": " + why + "\nnothing was written");
    }
}
