package dossier.render;

import dossier.cache.Digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The bundled default theme: templates and assets in the jar under {@value #ROOT}, built from this
 * repository's own {@code templates/} and {@code assets/} (Maven resources). A site's own files
 * win file by file: the template loader looks in the site's folder first, and a theme asset is
 * published only where the site has no asset of that name. Read only from the class path, never
 * from the file system outside the jar (or the compiled classes).
 */
public final class Theme {
    public static final String ROOT = "dossier/theme/";
    public static final String TEMPLATES = "templates";
    public static final String ASSETS = "assets";
    private static volatile List<String> files;
    private static volatile Digest id;

    private Theme() {
    }

    /** The theme's files, as {@code templates/article.ftl} or {@code assets/css/dossier.css}, sorted. */
    public static List<String> files() {
        List<String> known = files;
        if (known == null) {
            known = List.copyOf(list());
            files = known;
        }
        return known;
    }

    /** The files below one of the theme's folders, relative to it ({@code css/dossier.css}). */
    public static List<String> files(String folder) {
        String prefix = folder + "/";
        return files().stream().filter(f -> f.startsWith(prefix)).map(f -> f.substring(prefix.length())).toList();
    }

    /** A theme file's bytes; {@code name} as {@link #files()} gives it. */
    public static byte[] read(String name) {
        if (!files().contains(name)) {
            throw new IllegalArgumentException("not a theme file: " + name);
        }
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("theme file missing from the class path: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The theme's identity: every file by name and bytes (a changed theme renders everything again). */
    public static Digest id() {
        Digest known = id;
        if (known == null) {
            List<Object> parts = new ArrayList<>();
            for (String file : files()) {
                parts.add(file);
                parts.add(read(file));
            }
            known = Digest.of(parts);
            id = known;
        }
        return known;
    }

    private static List<String> list() {
        URL url = Theme.class.getClassLoader().getResource(ROOT + TEMPLATES);
        if (url == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try {
            if (url.getProtocol().equals("jar")) {
                JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(ROOT)) {
                        found.add(entry.getName().substring(ROOT.length()));
                    }
                }
            } else {
                Path root = Path.of(url.toURI()).getParent();
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).forEach(p -> found.add(root.relativize(p).toString().replace('\\', '/')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        found.removeIf(f -> !(f.startsWith(TEMPLATES + "/") || f.startsWith(ASSETS + "/")));
        found.sort(null);
        return found;
    }
}
