package dossier.ingest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Writes a set of files all or nothing: each is first written in full to a hidden temporary file
 * beside its target, and only when every one is written are they renamed into place. A failure
 * before that leaves no file behind; a rename that fails puts back what the earlier ones replaced.
 * A file added with {@link #addNew} must not exist: it is never replaced.
 */
public final class StagedFiles {
    private final Map<Path, byte[]> files = new LinkedHashMap<>();
    private final Set<Path> mustBeNew = new HashSet<>();

    public void add(Path target, byte[] content) {
        files.put(target, content);
    }

    /** A file to create; {@link #commit} fails with {@link FileAlreadyExistsException} if it exists. */
    public void addNew(Path target, byte[] content) {
        files.put(target, content);
        mustBeNew.add(target);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public List<Path> targets() {
        return List.copyOf(files.keySet());
    }

    public void commit() throws IOException {
        for (Path target : mustBeNew) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
        }
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (var file : files.entrySet()) {
                Path target = file.getKey();
                createFolders(target.getParent());
                Path temp = hidden(target, "tmp");
                Files.write(temp, file.getValue());
                temps.put(target, temp);
            }
        } catch (IOException e) {
            deleteAll(new ArrayList<>(temps.values()));
            throw e;
        }
        List<Path> placed = new ArrayList<>();
        Map<Path, Path> backups = new LinkedHashMap<>();
        try {
            for (var move : temps.entrySet()) {
                Path target = move.getKey();
                if (mustBeNew.contains(target)) {
                    // a hard link fails if the name exists, where a rename would replace it
                    Files.createLink(target, move.getValue());
                    Files.delete(move.getValue());
                } else {
                    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
                        Path backup = hidden(target, "bak");
                        // a link is kept as the link (the rename replaces the link, never what it points to)
                        Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                        backups.put(target, backup);
                    }
                    rename(move.getValue(), target);
                }
                placed.add(target);
            }
        } catch (IOException | UnsupportedOperationException e) {
            rollBack(placed, backups);
            deleteAll(new ArrayList<>(temps.values()));
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        deleteAll(new ArrayList<>(backups.values()));
    }

    /** Undoes the renames done so far: replaced files get their old bytes back, new ones go. */
    private static void rollBack(List<Path> placed, Map<Path, Path> backups) {
        for (Path target : placed) {
            try {
                Path backup = backups.get(target);
                if (backup != null) {
                    rename(backup, target);
                } else {
                    Files.deleteIfExists(target);
                }
            } catch (IOException ignored) {
                // best effort: the error that caused the roll-back is the one reported
            }
        }
    }

    private static Path hidden(Path target, String role) {
        return target.resolveSibling("." + target.getFileName() + "." + role + "-" + ProcessHandle.current().pid());
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Like Files.createDirectories, but a file in the way is an I/O problem, not "already exists". */
    private static void createFolders(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(e.getFile() + " is a file, not a folder", e);
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
