package dossier.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What tells a file in place from one changed or replaced since: its inode (where the system has
 * them), size and modification time to the nanosecond. Making or removing a hard link to the file
 * changes none of these; writing it, or putting another file at its name, does.
 */
public record FileStamp(long inode, long size, long modifiedNanos) {
    /** The file's stamp; empty when it is not a regular file or cannot be read. */
    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            long nanos = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
            return Optional.of(new FileStamp(inode(file), attributes.size(), nanos));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long inode(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return -1;
        }
    }
}
