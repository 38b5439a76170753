package dossier.cli;

import java.nio.file.Path;
import java.util.List;

/** A bake replaces its output folder wholesale, so it must never be the site itself or hold it. */
final class OutputGuard {
    private static final List<String> SITE_FOLDERS = List.of("content", "templates", "assets", "src");

    private OutputGuard() {
    }

    /** Why writing to {@code output} would destroy content, or null when it is safe. */
    static String whyUnsafe(Path siteRoot, Path output) {
        if (siteRoot.startsWith(output)) {
            return "the output folder " + output + " contains the site; choose a folder inside it such as target/site";
        }
        for (String folder : SITE_FOLDERS) {
            if (output.startsWith(siteRoot.resolve(folder))) {
                return "the output folder " + output + " is inside the site's " + folder + "/ folder";
            }
        }
        return null;
    }
}
