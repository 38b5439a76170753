package dossier.build;

import dossier.cache.Digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which build of the tool is running, as a digest of its code: the jar's bytes, or (run from
 * compiled classes, as in development and tests) every class file with its path, and the class
 * path, which names the libraries' versions. A cache written by any other build is not used.
 */
final class ToolVersion {
    private static volatile Digest id;

    private ToolVersion() {
    }

    static Digest id() {
        Digest known = id;
        if (known == null) {
            known = compute();
            id = known;
        }
        return known;
    }

    private static Digest compute() {
        try {
            Path code = Path.of(ToolVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Object> parts = new ArrayList<>();
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        parts.add(code.relativize(file).toString());
                        parts.add(Files.readAllBytes(file));
                    }
                }
                parts.add(System.getProperty("java.class.path", ""));
            } else {
                parts.add(Files.readAllBytes(code));
            }
            parts.add(Runtime.version().toString()); // a library of the JDK (zlib, the time-zone rules) may differ
            return Digest.of(parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell which build of the tool this is", e);
        }
    }
}
