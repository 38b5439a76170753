package dossier.render;

import dossier.config.SiteConfig;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.markdown.PageTrees;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.source.SourceRecord;
import dossier.text.SitePaths;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import dossier.model.PageKind;

/**
 * The JBake adapter: JBake's configuration (template per type, output extension, encoding) and
 * template-engine hook, fed with our view records; the pages are written here, on all cores; assets are copied here, from the list the build has checked. JBake's OrientDB store is never opened (it costs seconds at
 * start-up and its prev/next navigation is quadratic); the model already holds everything.
 */
public final class JBakeRenderer {
    private static final String DEFAULT_TEMPLATES = "templates";
    private final Path siteRoot;
    private final SiteConfig site;
    private final List<String> editions;
    private final PageTrees trees;
    private final Report report;
    private final java.util.Optional<RenderMemo> memo;

    /** @param memo what the last builds of this process left to reuse ({@code serve}), if anything */
    public JBakeRenderer(Path siteRoot, SiteConfig site, PageTrees trees, Report report, java.util.Optional<RenderMemo> memo) {
        this(siteRoot, site, trees, report, memo, List.of());
    }

    /** @param editions the files of the editions the bake writes beside the pages, which the home and about pages link */
    public JBakeRenderer(Path siteRoot, SiteConfig site, PageTrees trees, Report report, java.util.Optional<RenderMemo> memo,
                         List<String> editions) {
        this.editions = List.copyOf(editions);
        this.siteRoot = siteRoot;
        this.site = site;
        this.trees = trees;
        this.report = report;
        this.memo = memo;
    }

    /**
     * Writes every page of the dossier and the assets into {@code output}; returns the pages written.
     *
     * @param assetFolder the site's assets folder, if any
     * @param assets      the files in it to publish, relative to it, each already checked to be a
     *                    regular file inside the site (JBake's own copier would follow any link)
     */
    public int render(Dossier dossier, Path output, java.util.Optional<Path> assetFolder, List<String> assets) {
        JBakeConfiguration config;
        FreemarkerEngine engine;
        try {
            config = JBakeSettings.load(siteRoot, output, site.settings());
            // no templates folder: the bundled theme's templates serve alone; a folder the settings
            // name that is missing is an error (a typo must not silently fall back to the theme)
            if (!config.getTemplateFolder().isDirectory() && !DEFAULT_TEMPLATES.equals(site.settings().getOrDefault("template.folder", DEFAULT_TEMPLATES).strip())) {
                // checked here: JBake's own engine set-up would print a stack trace for it
                String folder = siteRoot.relativize(config.getTemplateFolder().toPath().toAbsolutePath()).toString().replace('\\', '/');
                report.error("templates-missing", folder, Position.START, "templates folder not found: a site needs its Freemarker templates to bake (without template.folder, the bundled theme's are used)");
                return 0;
            }
            Views.Site siteView = siteView(dossier);
            JBakeConfiguration engineConfig = config;
            RenderMemo.EngineFactory factory = () -> new FreemarkerEngine(engineConfig, siteView);
            engine = memo.isPresent()
                    ? memo.get().begin(RenderMemo.epoch(config.getTemplateFolder().toPath(), site.settings(), siteView), factory)
                    : factory.create();
        } catch (IOException e) {
            // the folder exists (checked above) but Freemarker cannot use it
            report.error("templates-missing", "jbake.properties", Position.START, "cannot read the templates folder: " + e.getMessage());
            return 0;
        }
        ViewFactory views = new ViewFactory(dossier, trees, site, memo.map(m -> m.bodies));
        List<Output> outputs = new ArrayList<>();
        for (Page page : dossier.pages()) {
            String type = page.kind().name().toLowerCase(java.util.Locale.ROOT);
            outputs.add(new Output(type, page.uri(), page.rootPath(), page.path(), page.draft(), views.corrections(page), () -> switch (page.kind()) {
                case HOME -> views.home(page);
                case ARTICLE -> views.article(page);
                case ENTITY -> views.entity(page);
                case PAGE -> views.basic(page);
            }, () -> views.previews(page)));
        }
        if (dossier.pages(PageKind.HOME).isEmpty()) {
            outputs.add(new Output("home", "index.html", "", "content/index.md", false, () -> views.defaultHome(site.title())));
        }
        outputs.add(new Output("entities", Dossier.ENTITIES_URI, "../", "content/entities", false, views::entityIndex));
        outputs.add(new Output("timeline", Dossier.TIMELINE_URI, "", "content", false, List.of(), views::timeline, views::timelinePreviews));
        outputs.add(new Output("corrections", Dossier.CORRECTIONS_URI, "", "content", false, views::corrections));
        outputs.add(new Output("figures", Dossier.FIGURES_URI, "", "content", false, List.of(), views::figures, views::figuresPreviews));
        outputs.add(new Output("graph", Dossier.GRAPH_URI, "", "content/entities", false, views::graph));
        outputs.add(new Output("search", Dossier.SEARCH_URI, "", "content", false, views::searchPage));
        outputs.add(new Output("tags", Dossier.TAGS_URI, "../", "content", false, views::tagIndex));
        for (String tag : dossier.xref().tags().keySet()) {
            outputs.add(new Output("tag", Dossier.tagUri(tag), "../", "content", false, () -> views.tag(tag)));
        }
        for (SourceRecord source : dossier.sources()) {
            outputs.add(new Output("source", Dossier.sourceUri(source), "../", source.path(), false, List.of(), () -> views.source(source),
                    () -> views.sourcePreviews(source)));
            if (source.fullText()) {
                copyArchive(source, output);
            }
        }
        int written = writeAll(config, engine, outputs, new HeadFactory(dossier, site));
        assetFolder.ifPresent(folder -> copyAssets(folder, assets, output));
        copyThemeAssets(assets, output);
        return written;
    }

    /** Site-wide data: settings and the navigation (home, then the other pages by title). */
    private Views.Site siteView(Dossier dossier) {
        List<Views.Link> nav = new ArrayList<>();
        nav.add(new Views.Link("Articles", "index.html"));
        nav.add(new Views.Link("Entities", Dossier.ENTITIES_URI));
        nav.add(new Views.Link("Timeline", Dossier.TIMELINE_URI));
        nav.add(new Views.Link("Figures", Dossier.FIGURES_URI));
        nav.add(new Views.Link("Graph", Dossier.GRAPH_URI));
        dossier.pages(PageKind.PAGE).stream()
                .sorted(Comparator.comparing(Page::title))
                .forEach(p -> nav.add(new Views.Link(p.navLabel(), p.uri())));
        return new Views.Site(site.title(), site.description(), site.language(), List.copyOf(nav), editions);
    }

    /**
     * One file to write: its template type, address, path to the root, and how to build its view.
     *
     * @param draft a draft page, published for a preview (serve --drafts): the page says so
     */
    private record Output(String type, String uri, String rootPath, String forPath, boolean draft,
                          List<Views.CorrectionItem> corrections, Supplier<Object> view, Supplier<Views.Previews> previews) {
        Output(String type, String uri, String rootPath, String forPath, boolean draft, Supplier<Object> view) {
            this(type, uri, rootPath, forPath, draft, List.of(), view, () -> null);
        }
    }

    /**
     * Pages are independent of each other, so they are built, rendered and written on all cores,
     * each view dropped (and with it the page's parse tree) as soon as its file is written. Each
     * file's bytes depend only on the model, never on the order, so the output stays identical.
     * JBake's configuration says which template renders a type and what extension its file takes,
     * and our engine is JBake's template-engine hook; JBake's {@code org.jbake.app.Renderer} is not used to
     * write: per file it asks the file system whether the file and its draft exist, deletes them,
     * creates the folders and an empty file, then writes through an unbuffered encoder, a quarter of
     * the render time at 10,000 pages, for a staging folder that is new and empty. Here each folder
     * is created once, before the pages, and each page's bytes are written in one call.
     */
    private int writeAll(JBakeConfiguration config, FreemarkerEngine engine, List<Output> outputs, HeadFactory heads) {
        Path destination = config.getDestinationFolder().toPath();
        java.nio.charset.Charset encoding = java.nio.charset.Charset.forName(config.getRenderEncoding());
        List<Path> targets = new ArrayList<>(outputs.size());
        java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
        for (Output o : outputs) {
            Path target = destination.resolve(outputName(o.uri(), config.getOutputExtensionByDocType(o.type())));
            targets.add(target);
            folders.add(target.getParent());
        }
        for (Path folder : folders) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                // a file in the way: the pages to be written there say so, each for its own path
            }
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), outputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>(outputs.size());
            for (int i = 0; i < outputs.size(); i++) {
                Output o = outputs.get(i);
                Path target = targets.get(i);
                results.add(pool.submit(() -> {
                    try {
                        Object view = o.view().get();
                        Views.Head head = heads.head(o.type(), o.uri());
                        Views.Previews previews = o.previews().get();
                        if (memo.isPresent() && memo.get().reuse(destination.relativize(target).toString().replace('\\', '/'),
                                java.util.Arrays.asList(o.type(), o.uri(), o.rootPath(), o.draft(), o.corrections(), view, head, previews), target)) {
                            return 1;
                        }
                        return write(config, engine, o, view, head, previews, target, encoding);
                    } catch (RuntimeException e) {
                        reportRenderError(e, o.forPath());
                        return 0;
                    }
                }));
            }
            int written = 0;
            for (Future<Integer> result : results) {
                written += result.get();
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.error("render", "content", Position.START, "rendering was interrupted");
            return 0;
        } catch (ExecutionException e) {
            reportRenderError(e.getCause(), "content");
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The file JBake's Renderer would write for a URI: its extension replaced by the type's output extension. */
    static String outputName(String uri, String extension) {
        int dot = uri.lastIndexOf('.');
        return (dot > uri.lastIndexOf('/') ? uri.substring(0, dot) : uri) + extension;
    }

    private int write(JBakeConfiguration config, FreemarkerEngine engine, Output output, Object view, Views.Head head,
                      Views.Previews previews, Path target, java.nio.charset.Charset encoding) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(output.type());
        document.setUri(output.uri());
        document.setStatus("published");
        document.setRootPath(output.rootPath());
        document.put(FreemarkerEngine.VIEW, view);
        document.put(FreemarkerEngine.HEAD, head);
        document.put(FreemarkerEngine.DRAFT, output.draft());
        document.put(FreemarkerEngine.CORRECTIONS, output.corrections());
        if (previews != null) {
            document.put(FreemarkerEngine.PREVIEWS, previews);
        }
        TemplateModel model = new TemplateModel();
        model.setContent(document);
        model.setRenderer(engine);
        try {
            PageWriter html = new PageWriter();
            engine.renderDocument(model, config.getTemplateByDocType(output.type()), html);
            Files.write(target, html.toString().getBytes(encoding));
            return 1;
        } catch (Exception e) {
            reportRenderError(e, output.forPath());
            return 0;
        }
    }

    /**
     * A page's HTML as Freemarker writes it, in many small pieces: a {@link java.io.StringWriter}
     * would lock its buffer for each one, though only one thread ever writes a page.
     */
    private static final class PageWriter extends java.io.Writer {
        private final StringBuilder html = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            html.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            html.append(text, offset, offset + length);
        }

        @Override
        public void write(String text) {
            html.append(text);
        }

        @Override
        public void write(int c) {
            html.append((char) c);
        }

        @Override
        public java.io.Writer append(CharSequence text) {
            html.append(text);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return html.toString();
        }
    }

    /** Template problems point at the template line; anything else at the page being rendered. */
    private void reportRenderError(Throwable error, String forPath) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TemplateNotFoundException missing) {
                report.error("template-missing", "templates/" + missing.getTemplateName(), Position.START,
                        "template not found (needed for " + forPath + ")");
                return;
            }
            if (t instanceof ParseException parse && parse.getTemplateName() != null) {
                report.error("template-syntax", "templates/" + parse.getTemplateName(),
                        position(parse.getLineNumber(), parse.getColumnNumber()), firstLine(parse.getEditorMessage()));
                return;
            }
            if (t instanceof TemplateException template && template.getTemplateSourceName() != null) {
                report.error("template-error", "templates/" + template.getTemplateSourceName(),
                        position(template.getLineNumber(), template.getColumnNumber()),
                        describe(template) + " (rendering " + forPath + ")" + themeNote(template.getTemplateSourceName()));
                return;
            }
        }
        report.error("render", forPath, Position.START, "cannot render page: " + firstLine(String.valueOf(rootCause(error).getMessage())));
    }

    /** Said of an error in a template the site does not have: it is the bundled theme's, and where a copy to edit comes from. */
    private String themeNote(String template) {
        String folder = site.settings().getOrDefault("template.folder", DEFAULT_TEMPLATES).strip();
        if (Files.exists(siteRoot.resolve(folder).resolve(template)) || !Theme.files(Theme.TEMPLATES).contains(template)) {
            return "";
        }
        return "; the bundled theme's template: 'theme eject templates/" + template + "' copies it into the site";
    }

    private void copyAssets(Path folder, List<String> assets, Path output) {
        for (String asset : assets) {
            try {
                Path to = output.resolve(asset);
                Files.createDirectories(to.getParent());
                Files.copy(folder.resolve(asset), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                report.error("asset", siteRoot.relativize(folder.resolve(asset)).toString().replace('\\', '/'), Position.START,
                        "cannot copy asset: " + (e instanceof java.nio.file.FileAlreadyExistsException
                                ? "a page of the same name is in the way" : e.getMessage()));
            }
        }
    }

    /** The bundled theme's assets the site has none of its own for (the site's win file by file). */
    private void copyThemeAssets(List<String> siteAssets, Path output) {
        java.util.Set<String> own = new java.util.HashSet<>(siteAssets);
        for (String asset : Theme.files(Theme.ASSETS)) {
            if (own.contains(asset)) {
                continue;
            }
            try {
                Path to = output.resolve(asset);
                Files.createDirectories(to.getParent());
                Files.write(to, Theme.read(Theme.ASSETS + "/" + asset), java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
            } catch (IOException e) {
                report.error("asset", "theme:assets/" + asset, Position.START, "cannot copy the theme's asset: "
                        + (e instanceof java.nio.file.FileAlreadyExistsException ? "a page of the same name is in the way" : e.getMessage()));
            }
        }
    }

    private void copyArchive(SourceRecord source, Path output) {
        // the record's reader has checked the path; checked again here, as this publishes the file
        SitePaths.Resolved checked = new SitePaths(siteRoot).file(source.archivePath(), source.path(), Position.START, "archived original", report);
        if (!checked.ok()) {
            return;
        }
        Path from = checked.path();
        Path to = output.resolve("sources/archive").resolve(ViewFactory.publishedArchiveName(Path.of(source.archivePath()).getFileName().toString()));
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // two records in different folders whose archives share a file name
            report.error("archive-copy", source.path(), Position.START, "another full-text source is published as sources/archive/"
                    + to.getFileName() + " too: rename one archive (and its record's archive.file)");
        } catch (IOException e) {
            report.error("archive-copy", source.path(), Position.START, "cannot copy the archived original: " + e.getMessage());
        }
    }

    private static Position position(Integer line, Integer column) {
        return new Position(line == null || line < 1 ? 1 : line, column == null || column < 1 ? 1 : column);
    }

    /** Freemarker's first line ends in ':' when the culprit expression follows on the next one. */
    private static String describe(TemplateException template) {
        String first = firstLine(template.getMessageWithoutStackTop());
        String blamed = template.getBlamedExpressionString();
        return first.endsWith(":") && blamed != null ? first + " " + blamed : first;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
