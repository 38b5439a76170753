package dossier.config;

import dossier.diag.Position;
import dossier.diag.Report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The dossier's own settings from {@code jbake.properties} (JBake reads the same file for its
 * template mapping). Immutable; defaults apply to whatever the file leaves out.
 */
public record SiteConfig(String title, String description, String language) {
    public static final String FILE = "jbake.properties";

    public static SiteConfig defaults() {
        return new SiteConfig("Dossier", "", "en");
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
                properties.getProperty("site.language", d.language()).trim());
    }
}
