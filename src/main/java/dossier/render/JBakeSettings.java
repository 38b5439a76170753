package dossier.render;

import org.jbake.app.configuration.JBakeConfiguration;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The part of JBake's configuration that the JBake classes we drive (Renderer, Asset, the template
 * engines) actually read, answered from the site's jbake.properties. JBake's own configuration
 * loads commons-configuration with bean builders, about 10% of a cold bake, to answer the same
 * dozen questions; any other question is a programming error and fails loudly. System properties
 * never override the site's settings, so a bake depends only on its files. The settings that cannot
 * change (content folder, output extension, encodings) are validated by {@code SiteConfig} and
 * answered here with their one value, never read from the file.
 */
final class JBakeSettings {
    private JBakeSettings() {
    }

    /** @param site every key of the site's jbake.properties (read once, by {@code SiteConfig}) */
    static JBakeConfiguration load(Path siteRoot, Path output, Map<String, String> site) {
        File templates = siteRoot.resolve(site.getOrDefault("template.folder", "templates")).toFile();
        File assets = siteRoot.resolve(site.getOrDefault("asset.folder", "assets")).toFile();
        File content = siteRoot.resolve("content").toFile();
        String encoding = "UTF-8";
        String extension = ".html";
        return (JBakeConfiguration) Proxy.newProxyInstance(JBakeConfiguration.class.getClassLoader(),
                new Class<?>[] {JBakeConfiguration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDestinationFolder" -> output.toFile();
                    case "getTemplateFolder" -> templates;
                    case "getAssetFolder" -> assets;
                    case "getContentFolder" -> content;
                    case "getAssetIgnoreHidden" -> Boolean.parseBoolean(site.getOrDefault("asset.ignore", "false"));
                    case "getTemplateByDocType" -> site.getOrDefault("template." + args[0] + ".file", args[0] + ".ftl");
                    case "getOutputExtension", "getOutputExtensionByDocType" -> extension;
                    case "getDraftSuffix" -> "-draft";
                    case "getIgnoreFileName" -> ".jbakeignore";
                    case "getUriWithoutExtension" -> false;
                    case "getRenderEncoding", "getOutputEncoding" -> encoding;
                    case "getTemplateEncoding" -> encoding;
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

    /**
     * The same settings with another templates folder: JBake's own engines, which the template hook
     * sets up (and never renders with), need a folder that exists; a site using the theme alone has none.
     */
    static JBakeConfiguration withTemplateFolder(JBakeConfiguration config, File folder) {
        return (JBakeConfiguration) Proxy.newProxyInstance(JBakeConfiguration.class.getClassLoader(),
                new Class<?>[] {JBakeConfiguration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getTemplateFolder" -> folder;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> {
                        try {
                            yield method.invoke(config, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }
}
