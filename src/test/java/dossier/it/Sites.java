package dossier.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test sites: the shipped dossier, and fixture sites under src/test/resources/sites/ copied into a
 * temporary folder with the project's templates, assets and settings where the fixture has none.
 */
public final class Sites {
    public static final Path PROJECT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final Path FIXTURES = PROJECT.resolve("src/test/resources/sites");

    private Sites() {
    }

    /**
     * A copy of a fixture site, with the project's settings where it has none. Templates and assets
     * it leaves out come from the theme bundled in the jar, file by file, as for any site (a fixture
     * may hold just the one template it breaks).
     */
    static Path fixture(String name, Path into) {
        Path site = into.resolve(name.replace('/', '-'));
        copyTree(FIXTURES.resolve(name), site);
        if (!Files.exists(site.resolve("jbake.properties"))) {
            copyTree(PROJECT.resolve("jbake.properties"), site.resolve("jbake.properties"));
        }
        return site;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file below a folder, relative and sorted. */
    static List<String> files(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
