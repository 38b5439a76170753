package dossier.render;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JBake's configuration (the site's jbake.properties over JBake's own defaults), loaded directly
 * into commons-configuration objects. JBake's ConfigUtil does the same through configuration
 * builders and bean introspection, which costs about 200 ms of a 1 s bake; unlike it, we do not
 * let system properties override the site's settings, so a bake depends only on its files.
 */
final class JBakeSettings {
    private static final String DEFAULTS = "default.properties";

    private JBakeSettings() {
    }

    static DefaultJBakeConfiguration load(Path siteRoot, Path output) throws IOException {
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        Path siteFile = siteRoot.resolve("jbake.properties");
        if (Files.isRegularFile(siteFile)) {
            try (Reader in = Files.newBufferedReader(siteFile, StandardCharsets.UTF_8)) {
                composite.addConfiguration(read(in));
            }
        }
        try (InputStream defaults = DefaultJBakeConfiguration.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (defaults == null) {
                throw new IOException("JBake's " + DEFAULTS + " is missing from the class path");
            }
            composite.addConfiguration(read(new InputStreamReader(defaults, StandardCharsets.UTF_8)));
        }
        DefaultJBakeConfiguration config = new DefaultJBakeConfiguration(siteRoot.toFile(), composite);
        config.setDestinationFolder(output.toFile());
        return config;
    }

    private static PropertiesConfiguration read(Reader in) throws IOException {
        PropertiesConfiguration properties = new PropertiesConfiguration();
        properties.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        try {
            properties.read(in);
        } catch (ConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        return properties;
    }
}
