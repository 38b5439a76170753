package dossier.source;

import dossier.diag.Position;
import dossier.diag.Report;
import dossier.text.SitePaths;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON Schemas (draft-07) of what the readers accept: front matter of each kind of page, source
 * records and the import manifest. They ship in the jar and are written into the site at
 * {@value #FOLDER}, where the comment lines at the top of each file point editors (VS Code's YAML
 * extension, JetBrains IDEs) to them; nothing is fetched from the network, and no plugin of ours is
 * needed. A hidden folder, so the build neither reads nor publishes it.
 */
public final class EditorSchemas {
    /** Site-relative; beside the content it describes, so that every path to it stays inside the site. */
    public static final String FOLDER = "content/.schemas";
    private static final String RESOURCES = "/dossier/schemas/";

    /** What a schema describes; its file is {@code NAME.schema.json}. */
    public enum Kind {
        ARTICLE("article"), ENTITY("entity"), PAGE("page"), SOURCE_RECORD("source-record"), IMPORT_MANIFEST("import-manifest");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The schema's place in the site ("content/.schemas/article.schema.json"). */
        public String sitePath() {
            return FOLDER + "/" + label + ".schema.json";
        }

        /** Which front matter a page has, by where it lives (as the model decides a page's kind). */
        public static Kind ofPage(String sitePath) {
            return sitePath.startsWith("content/articles/") ? ARTICLE : sitePath.startsWith("content/entities/") ? ENTITY : PAGE;
        }
    }

    /** What {@link #writeInto} did, by site-relative path. */
    public record Written(List<String> created, List<String> replaced) {
        public Written {
            created = List.copyOf(created);
            replaced = List.copyOf(replaced);
        }
    }

    private EditorSchemas() {
    }

    /**
     * The modeline yaml-language-server (VS Code's YAML extension, and editors using that server)
     * reads: {@code # yaml-language-server: $schema=../.schemas/source-record.schema.json}, the path
     * relative to the file's folder. No line end.
     */
    public static String modeline(Kind kind, String fileSitePath) {
        return "# yaml-language-server: $schema=" + relative(fileSitePath, kind.sitePath());
    }

    /**
     * The two comment lines to put first in a YAML file or inside front matter, each ending in a line
     * end: the modeline, and the {@code # $schema:} comment JetBrains IDEs document for the same.
     */
    public static String comments(Kind kind, String fileSitePath) {
        String path = relative(fileSitePath, kind.sitePath());
        return "# yaml-language-server: $schema=" + path + "\n# $schema: " + path + "\n";
    }

    /**
     * A page's text with the comment lines first inside its front matter, for a page at
     * {@code sitePath}; a page that has them, or no front matter, is returned as it is.
     */
    public static String withComments(String pageText, String sitePath) {
        if (!pageText.startsWith("---\n") || pageText.startsWith("---\n# yaml-language-server:")) {
            return pageText;
        }
        return "---\n" + comments(Kind.ofPage(sitePath), sitePath) + pageText.substring(4);
    }

    /** The schema as shipped in the jar. */
    public static byte[] schema(Kind kind) {
        try (InputStream in = EditorSchemas.class.getResourceAsStream(RESOURCES + kind.label() + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException(kind.label() + ".schema.json is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every schema into the site where it is missing or differs from the jar's. They are our
     * generated files: one that differs (an older version's, or edited) is replaced, and the caller
     * says so, since a schema that is not this version's would tell editors other rules than
     * {@code check} applies. Problems are reported; what was written is returned.
     */
    public static Written writeInto(Path siteRoot, Report report) {
        SitePaths paths = new SitePaths(siteRoot);
        List<String> created = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            String path = kind.sitePath();
            Path file = paths.root().resolve(path);
            byte[] wanted = schema(kind);
            try {
                boolean exists = Files.exists(file);
                if (exists && Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), wanted)) {
                    continue;
                }
                if (!paths.mayWrite(file) || Files.isSymbolicLink(file)) {
                    report.error("outside-site", path, Position.START,
                            "the editor schema would be written through a symbolic link: nothing written");
                    continue;
                }
                Files.createDirectories(file.getParent());
                Path temp = file.resolveSibling("." + file.getFileName() + ".tmp"); // hidden; the umask's permissions, as any file we write
                try {
                    Files.write(temp, wanted);
                    move(temp, file);
                } finally {
                    Files.deleteIfExists(temp);
                }
                (exists ? replaced : created).add(path);
            } catch (IOException e) {
                report.error("io", path, Position.START, "cannot write the editor schema: " + e.getMessage());
            }
        }
        return new Written(created, replaced);
    }

    /** Never half written: a reader sees the old file or the new one. */
    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The path from a file's folder to another site-relative path ("content/a/b.md" to "content/x" is "../x", to "content/a/y" is "./y"). */
    static String relative(String fromFile, String to) {
        List<String> from = new ArrayList<>(Arrays.asList(fromFile.split("/")));
        from.remove(from.size() - 1);
        List<String> target = Arrays.asList(to.split("/"));
        int common = 0;
        while (common < from.size() && common < target.size() - 1 && from.get(common).equals(target.get(common))) {
            common++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = common; i < from.size(); i++) {
            path.append("../");
        }
        // "./" says it is a path, not an address, to every editor
        return (path.isEmpty() ? "./" : path.toString()) + String.join("/", target.subList(common, target.size()));
    }
}
