package dossier.ingest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files all or nothing: each is first written in full to a hidden temporary file
 * beside its target, and only when every one is written are they renamed into place. A failure
 * before that leaves no file behind.
 */
final class StagedFiles {
    private final Map<Path, byte[]> files = new LinkedHashMap<>();

    void add(Path target, byte[] content) {
        files.put(target, content);
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    List<Path> targets() {
        return List.copyOf(files.keySet());
    }

    void commit() throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (var file : files.entrySet()) {
                Path target = file.getKey();
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
                Files.write(temp, file.getValue());
                temps.put(target, temp);
            }
        } catch (IOException e) {
            deleteAll(new ArrayList<>(temps.values()));
            throw e;
        }
        for (var move : temps.entrySet()) {
            try {
                Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteAll(List<Path> paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // best effort: a hidden leftover temporary file is harmless
            }
        }
    }
}
