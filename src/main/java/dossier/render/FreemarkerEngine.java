package dossier.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * JBake's template hook, answered by one Freemarker configuration of ours: HTML auto-escaping on,
 * current language level, no access to Java classes from templates, errors rethrown (never
 * printed into pages). Templates come from the site's templates folder, else from the bundled
 * {@link Theme}, under the same sandbox. Templates receive {@code page} (a view record), {@code site},
 * {@code root} (the relative path to the site root) and {@code head} (a {@link Views.Head}).
 */
final class FreemarkerEngine extends DelegatingTemplateEngine {
    static final String VIEW = "view";
    static final String HEAD = "head";
    static final String DRAFT = "draft";
    static final String CORRECTIONS = "corrections";
    static final String PREVIEWS = "previews";
    private final Configuration freemarker;
    private final Views.Site site;

    FreemarkerEngine(JBakeConfiguration config, Views.Site site) throws IOException {
        // JBake's own engines, set up here and never used, need a templates folder that exists
        super(null, config.getTemplateFolder().isDirectory() ? config : JBakeSettings.withTemplateFolder(config, config.getContentFolder()));
        this.site = site;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        // the site's own templates first, then the bundled theme's: a site overrides it file by file
        freemarker.cache.TemplateLoader theme = new freemarker.cache.ClassTemplateLoader(FreemarkerEngine.class.getClassLoader(),
                Theme.ROOT + Theme.TEMPLATES);
        cfg.setTemplateLoader(config.getTemplateFolder().isDirectory()
                ? new freemarker.cache.MultiTemplateLoader(new freemarker.cache.TemplateLoader[] {
                        new freemarker.cache.FileTemplateLoader(config.getTemplateFolder()), theme})
                : theme);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // templates are code from strangers: no ?new, no ?api, Java objects only as view records;
        // (<#setting> cannot change these: Freemarker refuses them there; TemplateSandboxTest probes it)
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new ViewObjectWrapper());
        // one engine per bake: each template is read and parsed once, never checked on disk again
        // while the pages render (serve keeps it only while every template file is unchanged:
        // RenderMemo makes a new one when any changes, so edits are seen)
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.freemarker = cfg;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        var content = model.getContent();
        try {
            Template template = freemarker.getTemplate(templateName);
            Map<String, Object> data = new java.util.HashMap<>(Map.of(
                    "page", content.get(VIEW),
                    "site", site,
                    "root", content.getRootPath(),
                    "head", content.get(HEAD),
                    "draft", Boolean.TRUE.equals(content.get(DRAFT)),
                    "corrections", content.get(CORRECTIONS) == null ? List.of() : content.get(CORRECTIONS)));
            data.put("uri", content.getUri() == null ? "" : content.getUri()); // the page's path in the site: "about.html"
            // only pages with a body have previews; the others leave it undefined
            if (content.get(PREVIEWS) != null) {
                data.put(PREVIEWS, content.get(PREVIEWS));
            }
            template.process(data, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
