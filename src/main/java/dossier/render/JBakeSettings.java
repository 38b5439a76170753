package dossier.render;

import org.jbake.app.configuration.JBakeConfiguration;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Properties;

/**
 * The part of JBake's configuration that the JBake classes we drive (Renderer, Asset, the template
 * engines) actually read, answered from the site's jbake.properties. JBake's own configuration
 * loads commons-configuration with bean builders, about 10% of a cold bake, to answer the same
 * dozen questions; any other question is a programming error and fails loudly. System properties
 * never override the site's settings, so a bake depends only on its files.
 */
final class JBakeSettings {
    private JBakeSettings() {
    }

    static JBakeConfiguration load(Path siteRoot, Path output) throws IOException {
        Properties site = new Properties();
        Path file = siteRoot.resolve("jbake.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                site.load(in);
            } catch (IllegalArgumentException e) {
                throw new IOException("jbake.properties: " + e.getMessage(), e);
            }
        }
        File templates = siteRoot.resolve(site.getProperty("template.folder", "templates")).toFile();
        File assets = siteRoot.resolve(site.getProperty("asset.folder", "assets")).toFile();
        File content = siteRoot.resolve(site.getProperty("content.folder", "content")).toFile();
        String encoding = site.getProperty("render.encoding", "UTF-8");
        String extension = site.getProperty("output.extension", ".html");
        return (JBakeConfiguration) Proxy.newProxyInstance(JBakeConfiguration.class.getClassLoader(),
                new Class<?>[] {JBakeConfiguration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDestinationFolder" -> output.toFile();
                    case "getTemplateFolder" -> templates;
                    case "getAssetFolder" -> assets;
                    case "getContentFolder" -> content;
                    case "getAssetIgnoreHidden" -> Boolean.parseBoolean(site.getProperty("asset.ignore", "false"));
                    case "getTemplateByDocType" -> site.getProperty("template." + args[0] + ".file", args[0] + ".ftl");
                    case "getOutputExtension", "getOutputExtensionByDocType" -> extension;
                    case "getDraftSuffix" -> "-draft";
                    case "getIgnoreFileName" -> ".jbakeignore";
                    case "getUriWithoutExtension" -> false;
                    case "getRenderEncoding", "getOutputEncoding" -> encoding;
                    case "getTemplateEncoding" -> site.getProperty("template.encoding", "UTF-8");
                    case "getFreemarkerTimeZone" -> null;
                    case "getDataFileDocType" -> "data";
                    case "getVersion" -> "dossier";
                    case "asHashMap" -> new HashMap<String, Object>();
                    case "toString" -> "JBakeSettings(" + siteRoot + ")";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException("JBake asked for " + method.getName()
                            + ", which Dossier does not configure");
                });
    }
}
