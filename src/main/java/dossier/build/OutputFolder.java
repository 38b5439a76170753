package dossier.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Bakes go into a fresh staging folder beside the output; only a successful bake is swapped in,
 * so a failed one leaves the previous site untouched and a good one leaves nothing stale.
 */
final class OutputFolder {
    private final Path output;

    OutputFolder(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    Path createStaging() throws IOException {
        Files.createDirectories(output.getParent());
        return Files.createDirectory(sibling("staging"));
    }

    /** Replaces the output with the staging folder: the old output is moved aside first, then deleted. */
    void publish(Path staging) throws IOException {
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
        if (old != null) {
            deleteTree(old);
        }
    }

    /**
     * A hidden, unique folder beside the output (same file system, so the swap is a rename). Not
     * Files.createTempDirectory: its owner-only permissions would make the site unreadable to a web server.
     */
    private Path sibling(String role) {
        return output.resolveSibling("." + output.getFileName() + "." + role + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    void discard(Path staging) {
        try {
            deleteTree(staging);
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
