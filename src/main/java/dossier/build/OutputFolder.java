package dossier.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Bakes go into a fresh staging folder beside the output; only a successful bake is swapped in,
 * so a failed one leaves the previous site untouched and a good one leaves nothing stale. Whether
 * the output may be replaced at all is {@link OutputTarget}'s question, asked before.
 */
final class OutputFolder {
    private static final String MARKER_TEXT = "This folder is a site baked by Dossier. The next bake replaces it wholesale;\n"
            + "without this file, bake refuses to replace the folder (unless given --force).\n";
    private final Path output;

    /** @param output the real path of the output folder (see {@link OutputTarget#real}) */
    OutputFolder(Path output) {
        this.output = output;
    }

    Path createStaging() throws IOException {
        Files.createDirectories(output.getParent());
        return Files.createDirectory(sibling("staging"));
    }

    /**
     * Puts the staging folder, marked as a bake, in the output's place; the old output is kept aside
     * until {@link Swap#finish} deletes it (nothing can fail after the swap: the offline zip is
     * already inside the staged site).
     */
    Swap swapIn(Path staging) throws IOException {
        Files.writeString(staging.resolve(OutputTarget.MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        Path old = null;
        if (Files.exists(output)) {
            old = sibling("old");
            move(output, old);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (old != null) {
                move(old, output); // put the previous site back
            }
            throw e;
        }
        return new Swap(old);
    }

    /** A swap done but not yet final: the previous output, if there was one, is still aside. */
    final class Swap {
        private final Path old;

        private Swap(Path old) {
            this.old = old;
        }

        /** Deletes the previous output; the new one is already in place, so a leftover is only untidy. */
        void finish() {
            discard(old);
        }
    }

    /**
     * A hidden, unique folder beside the output (same file system, so the swap is a rename). Not
     * Files.createTempDirectory: its owner-only permissions would make the site unreadable to a web server.
     */
    private Path sibling(String role) {
        return output.resolveSibling("." + output.getFileName() + "." + role + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    void discard(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            deleteTree(folder);
        } catch (IOException ignored) {
            // a leftover hidden staging folder is harmless; the next bake makes a new one
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
