package dossier.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's archived copies of the five seed articles (never the shared seeds folder). */
final class Seeds {
    static final Path SOURCES = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("content/sources");
    static final String SCMP = "scmp-2023-chip-talks.original.txt";
    static final String GT = "gt-2022-chip4-dilemma.original.txt";
    static final String KOREA_PRO = "koreapro-2023-gallium-talks.original.json";
    static final String FORGE = "forge-2026-rare-earths.original.txt";
    static final String WHITELIST = "whitelist-2023-japan.original.txt";

    private Seeds() {
    }

    static Path path(String name) {
        return SOURCES.resolve(name);
    }

    static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
