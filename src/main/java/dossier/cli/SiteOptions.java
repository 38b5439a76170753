package dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --site} option shared by every command. */
final class SiteOptions {
    @Option(names = "--site", paramLabel = "DIR", defaultValue = ".",
            description = "The dossier site: the folder holding content/, templates/, assets/ (default: the current folder).")
    Path site;

    Path root() {
        return site.toAbsolutePath().normalize();
    }

    boolean exists() {
        return Files.isDirectory(root());
    }

    /** The site's folder; a mistyped {@code --site} is a usage error of the command {@code cli}. */
    Path existingRoot(CommandLine cli) {
        if (!exists()) {
            throw new CommandLine.ParameterException(cli, "--site: no such folder: " + root());
        }
        return root();
    }
}
