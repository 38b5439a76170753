package dossier.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What tells a file in place from one changed or replaced since: its inode (where the system has
 * them), size and modification time to the nanosecond. Making or removing a hard link to the file
 * changes none of these; writing it, or putting another file at its name, does.
 */
public record FileStamp(long inode, long size, long modifiedNanos) {
    /** The file's stamp; empty when it is not a regular file or cannot be read. */
    public static Optional<FileStamp> of(Path file) {
        try {
            // one system call for all four where the system has inodes (a re-bake stamps every output file)
            Map<String, Object> unix = Files.readAttributes(file, "unix:ino,size,lastModifiedTime,isRegularFile", LinkOption.NOFOLLOW_LINKS);
            return stamp((Boolean) unix.get("isRegularFile"), ((Number) unix.get("ino")).longValue(), (Long) unix.get("size"),
                    (FileTime) unix.get("lastModifiedTime"));
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            try {
                BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return stamp(basic.isRegularFile(), -1, basic.size(), basic.lastModifiedTime());
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<FileStamp> stamp(boolean regular, long inode, long size, FileTime modified) {
        return regular ? Optional.of(new FileStamp(inode, size, modified.to(TimeUnit.NANOSECONDS))) : Optional.empty();
    }
}
