package dossier.config;

import dossier.diag.Position;
import dossier.diag.Report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dossier's own settings from {@code jbake.properties} (JBake reads the same file for its
 * template mapping). Immutable; defaults apply to whatever the file leaves out.
 */
public record SiteConfig(String title, String description, String language, Set<String> suppressedWarnings) {
    public static final String FILE = "jbake.properties";

    public static SiteConfig defaults() {
        return new SiteConfig("Dossier", "", "en", Set.of());
    }

    public static SiteConfig load(Path siteRoot, Report report) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(siteRoot.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return defaults();
        } catch (IOException | IllegalArgumentException e) {
            report.error("config", FILE, Position.START, "cannot read " + FILE + ": " + e.getMessage());
            return defaults();
        }
        SiteConfig d = defaults();
        return new SiteConfig(
                properties.getProperty("site.title", d.title()).trim(),
                properties.getProperty("site.description", d.description()).trim(),
                properties.getProperty("site.language", d.language()).trim(),
                codes(properties.getProperty("dossier.suppress", "")));
    }

    /** "uncited-source, draft" → the set of warning codes not to report. */
    private static Set<String> codes(String list) {
        return Arrays.stream(list.split("[,\\s]+")).map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
