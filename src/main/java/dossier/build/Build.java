package dossier.build;

import dossier.check.Checks;
import dossier.config.SiteConfig;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.ingest.ProofMemo;
import dossier.ingest.RecordProof;
import dossier.markdown.MarkdownProcessor;
import dossier.markdown.PageTrees;
import dossier.markdown.ParseMemo;
import dossier.markdown.ParseResult;
import dossier.markdown.ParsedPage;
import dossier.model.Dossier;
import dossier.model.ModelBuilder;
import dossier.model.ModelMemo;
import dossier.publish.EditionSizes;
import dossier.publish.EpubEdition;
import dossier.publish.PdfEdition;
import dossier.publish.PrintEdition;
import dossier.publish.OfflineCopy;
import dossier.publish.PublishMemo;
import dossier.publish.Publisher;
import dossier.render.JBakeRenderer;
import dossier.render.RenderMemo;
import dossier.search.SearchIndexFile;
import dossier.search.SearchMemo;
import dossier.source.SourceRecord;
import dossier.source.SourceMemo;
import dossier.source.SourceRecordReader;
import dossier.text.FileStamp;
import dossier.text.LastOutput;
import dossier.text.TextFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The one orchestrator. The phases below run in the order they are listed, each timed, with one
 * {@link Report} threaded through; rendering only starts when no phase before it found an error.
 */
public final class Build {
    /**
     * @param output        null for a check that writes nothing
     * @param publishDrafts whether drafts are published too, marked as such (a preview)
     * @param force         whether a non-empty output folder that is not a previous bake may be replaced
     * @param offlineCopy   whether the offline zip is written into the output (a preview has no use for it)
     * @param editions      the editions written into the output beside the site ({@code bake --editions}),
     *                      with what they are made from ({@link Edition#withSources})
     */
    public record Options(Path siteRoot, Path output, boolean publishDrafts, boolean force, boolean offlineCopy, Set<Edition> editions) {
        public Options {
            editions = Edition.withSources(editions);
        }

        public Options(Path siteRoot, Path output) {
            this(siteRoot, output, false, false, true, Set.of());
        }

        public Options(Path siteRoot, Path output, boolean publishDrafts, boolean force) {
            this(siteRoot, output, publishDrafts, force, true, Set.of());
        }

        public Options(Path siteRoot, Path output, boolean publishDrafts, boolean force, boolean offlineCopy) {
            this(siteRoot, output, publishDrafts, force, offlineCopy, Set.of());
        }

        /** What {@code serve} builds: the site alone, no offline zip in it (a preview is not downloaded). */
        public static Options preview(Path siteRoot, Path output, boolean publishDrafts) {
            return new Options(siteRoot, output, publishDrafts, false, false);
        }

        public boolean writes() {
            return output != null;
        }
    }

    public record Timing(String phase, long millis) {
    }

    /**
     * What a build leaves for the next one in the same process ({@code serve} keeps one for its
     * lifetime): each page's facts ({@link ParseMemo}), each record's parse ({@link SourceMemo}),
     * the records' proofs ({@link ProofMemo}), the model's work on unchanged records ({@link ModelMemo}),
     * what the renderer can reuse ({@link RenderMemo}) and the search index's files ({@link LastOutput});
     * in {@code serve}'s memo also the search index's work on unchanged documents, terms and parts
     * ({@link SearchMemo}) and each page's annotations and the bibliographies ({@link PublishMemo}). Every reuse is exact (the same text, the
     * same answers, equal data), so a build with a memo writes what a build without one writes,
     * byte for byte.
     */
    public static final class Memo {
        private final ParseMemo parses = new ParseMemo();
        private final RenderMemo render = new RenderMemo();
        private final ProofMemo proofs = new ProofMemo();
        private final SourceMemo sources = new SourceMemo();
        private final ModelMemo model = new ModelMemo();
        private final LastOutput searchFiles = new LastOutput();
        /**
         * Only in {@code serve}'s memo: the search index's work and the exports' (each page's
         * annotations, the bibliographies), kept between builds in one process. A bake does not
         * save them: they are as big as the index and the annotations, and reading and writing
         * them measured dearer than making them again (an empty search memo also slows the first build).
         */
        private final Optional<SearchMemo> search;
        private final Optional<PublishMemo> publish;
        /**
         * The offline zip the last bake wrote, as it was then: the next bake copies the compressed
         * bytes of unchanged files from it (each proven to inflate to the file's bytes), but only
         * while it is still that file and this build of the tool wrote it (so it deflates alike).
         */
        private Optional<FileStamp> offlineZip = Optional.empty();
        private int offlineFilesReused;

        /** A memo for builds one after another in this process ({@code serve}). */
        public Memo() {
            this(true);
        }

        private Memo(boolean serve) {
            this.search = serve ? Optional.of(new SearchMemo()) : Optional.empty();
            this.publish = serve ? Optional.of(new PublishMemo()) : Optional.empty();
        }

        /** A memo for a bake: what the build cache saves, nothing more. */
        public static Memo forBake() {
            return new Memo(false);
        }

        /** How many pages the last build took from the output before it instead of rendering them. */
        public int pagesReused() {
            return render.reused();
        }

        /** How many files' compressed bytes the last bake's offline zip took from the zip before it. */
        public int offlineFilesReused() {
            return offlineFilesReused;
        }

        /** How many of the search index's files the last build took from the output before it. */
        public int searchFilesReused() {
            return searchFiles.reused();
        }

        /**
         * Everything the memo keeps, as values ({@link dossier.cache.ValueCodec}): what a persistent
         * cache saves after a bake and gives the next one.
         */
        public record State(ParseMemo.State parses, SourceMemo.State sources, ProofMemo.State proofs,
                            ModelMemo.State model, Optional<RenderMemo.State> render, Optional<LastOutput.State> searchFiles,
                            Optional<FileStamp> offlineZip) {
        }

        public State state() {
            return new State(parses.state(), sources.state(), proofs.state(), model.state(), render.state(), searchFiles.state(),
                    offlineZip);
        }

        /** A bake's memo that starts from a saved state, as if the build that saved it had run in this process. */
        public static Memo forBake(State state) {
            return of(state, forBake());
        }

        /** {@code serve}'s memo, starting from a saved state. */
        public static Memo forServe(State state) {
            return of(state, new Memo());
        }

        private static Memo of(State state, Memo memo) {
            memo.parses.restore(state.parses());
            memo.sources.restore(state.sources());
            memo.proofs.restore(state.proofs());
            memo.model.restore(state.model());
            state.render().ifPresent(memo.render::restore);
            state.searchFiles().ifPresent(memo.searchFiles::restore);
            memo.offlineZip = state.offlineZip();
            return memo;
        }
    }

    private final Optional<Memo> memo;

    /** A build that keeps nothing (a bake, a check). */
    public Build() {
        this.memo = Optional.empty();
    }

    /** A build that reuses what the last builds with this memo left, and leaves its own. */
    public Build(Memo memo) {
        this.memo = Optional.of(memo);
    }

    /** @param dossier empty when the content had errors before the model could be built */
    public record Result(Report report, Optional<Dossier> dossier, int pagesWritten, List<Timing> timings) {
        public boolean ok() {
            return !report.hasErrors();
        }
    }

    public Result run(Options options) {
        Report report = new Report();
        List<Timing> timings = new ArrayList<>();
        Path root = options.siteRoot().toAbsolutePath().normalize();

        SiteConfig config = timed("config", timings, () -> SiteConfig.load(root, report));
        report.suppressWarnings(config.suppressedWarnings());
        SiteFolders folders = SiteFolders.check(root, config, report);
        SiteFiles files = timed("discover", timings, () -> SiteFiles.discover(root, folders, report));
        List<SourceRecord> sources = timed("sources", timings, () -> readSources(root, files, report));
        Map<String, String> unloaded = unloadedSources(files, sources);
        ParsedPages parsed = timed("markdown", timings, () -> parsePages(root, files, new MarkdownProcessor(), report));
        memo.ifPresent(m -> m.parses.retain(Set.copyOf(files.pages())));
        // each record must be what import --regenerate derives from its archive. Nothing reads the
        // proof, so it runs beside the phases that follow, started where the build has a core to
        // spare (model and check run on one), and is awaited before the site is swapped in
        Background proof = Background.start("proof", () -> RecordProof.proveAll(root, sources, files.sourceRecords(), report, memo.map(m -> m.proofs)));
        Dossier dossier = timed("model", timings, () -> new ModelBuilder(report, options.publishDrafts(), memo.map(m -> m.model)).build(sources, unloaded, parsed.pages(), fileTargets(files)));
        timed("check", timings, () -> {
            Checks.runAll(dossier, report);
            return null;
        });
        int written = 0;
        if (options.writes() && !report.hasErrors()) {
            written = renderAndPublish(root, options, config, files, parsed.trees(), proof, dossier, report, timings);
        }
        timings.add(proof.await());
        return new Result(report, Optional.of(dossier), written, List.copyOf(timings));
    }

    /**
     * Records read independently, so on all cores; the list keeps the files' order. With a memo, a
     * record whose text is unchanged is not parsed again (its archive is checked again).
     */
    private List<SourceRecord> readSources(Path root, SiteFiles files, Report report) {
        SourceRecordReader reader = new SourceRecordReader(root, report);
        memo.ifPresent(m -> m.sources.retain(Set.copyOf(files.sourceRecords())));
        return files.sourceRecords().parallelStream()
                .map(path -> memo.isPresent() ? reader.read(path, memo.get().sources) : reader.read(path))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Record files that did not give a record, by the id their file name gives
     * ({@code content/sources/ID.yml}): the model then knows that a citation of ID follows from the
     * record's own error rather than naming an unknown source.
     */
    private static Map<String, String> unloadedSources(SiteFiles files, List<SourceRecord> loaded) {
        Set<String> loadedPaths = new HashSet<>();
        loaded.forEach(record -> loadedPaths.add(record.path()));
        Map<String, String> unloaded = new TreeMap<>();
        for (String path : files.sourceRecords()) {
            if (!loadedPaths.contains(path)) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                unloaded.putIfAbsent(name.substring(0, name.length() - ".yml".length()), path);
            }
        }
        return unloaded;
    }

    /**
     * The facts of every page, for the model, and their trees, for the renderer alone, which drops
     * each as it renders the page's body.
     */
    private record ParsedPages(List<ParsedPage> pages, PageTrees trees) {
    }

    /**
     * Pages parse independently, so on all cores; the list keeps the files' order. With a memo, a
     * page whose text is unchanged is not parsed again, and the texts are kept for the renderer's memo.
     */
    private ParsedPages parsePages(Path root, SiteFiles files, MarkdownProcessor markdown, Report report) {
        Map<String, String> texts = new ConcurrentHashMap<>();
        List<ParseResult> parsed = files.pages().parallelStream()
                .map(path -> TextFile.read(root, path, report).flatMap(text -> {
                    if (memo.isEmpty()) {
                        return markdown.parse(path, text, report);
                    }
                    texts.put(path, text);
                    return memo.get().parses.parse(markdown, path, text, report);
                }))
                .flatMap(java.util.Optional::stream)
                .toList();
        return new ParsedPages(parsed.stream().map(ParseResult::page).toList(), PageTrees.of(markdown, parsed, texts));
    }

    private static Set<String> fileTargets(SiteFiles files) {
        Set<String> targets = new HashSet<>(files.assets());
        targets.addAll(dossier.render.Theme.files(dossier.render.Theme.ASSETS)); // published where the site has none of its own
        files.pages().forEach(page -> targets.add(ModelBuilder.uri(page)));
        return targets;
    }

    /**
     * Renders into a staging folder, adds the extra outputs (the "publish" phase: feed,
     * bibliographies, annotations, and the offline zip in a temporary file beside it), moves the
     * zip into the staging folder and only then swaps that in: a failed bake changes nothing, and
     * the site and its offline copy are replaced together. The output is checked again here (the
     * command line checks it first, to refuse before the work).
     */
    private int renderAndPublish(Path root, Options options, SiteConfig config, SiteFiles files, PageTrees trees, Background proof,
                                        Dossier dossier, Report report, List<Timing> timings) {
        String shown = OutputTarget.shown(root, options.output());
        Optional<String> refusal = OutputTarget.refusal(root, options.output(), options.force());
        if (refusal.isPresent()) {
            report.error("output", shown, Position.START, "not a folder a bake may replace: it " + refusal.get());
            return 0;
        }
        Path output;
        Path staging;
        try {
            output = OutputTarget.real(options.output());
            staging = new OutputFolder(output).createStaging();
        } catch (IOException e) {
            report.error("output", shown, Position.START, "cannot create the output folder: " + why(e));
            return 0;
        }
        OutputFolder folder = new OutputFolder(output);
        Path zipTarget = OfflineCopy.target(output);
        String shownZip = OutputTarget.shown(root, zipTarget);
        int written = timed("render", timings, () -> new JBakeRenderer(root, config, trees, report, memo.map(m -> m.render), editionFiles(options))
                .render(dossier, staging, files.assetFolder().map(root::resolve), files.assets()));
        Optional<OfflineCopy.Pending> offline = Optional.empty();
        if (!report.hasErrors()) {
            // written one after the other: side by side (each is mostly one thread's work) measured
            // no faster at 10,000 articles, and the two phases' data held at once raised the peak memory
            timed("search", timings, () -> {
                writeSearchIndex(dossier, staging, report);
                return null;
            });
            timed("publish", timings, () -> {
                new Publisher(config, report, memo.flatMap(m -> m.publish)).publish(dossier, staging);
                return null;
            });
            // from the rendered pages (the PDF from print.html, written before it); before the
            // offline zip, which then carries them too
            for (Edition edition : Edition.values()) {
                if (!report.hasErrors() && options.editions().contains(edition)) {
                    timed(edition.name().toLowerCase(java.util.Locale.ROOT), timings, () -> writeEdition(edition, config, files, dossier, staging, report));
                }
            }
            if (!report.hasErrors() && !editionFiles(options).isEmpty()) {
                // the zip's size only once it is made, and only on the hosted pages: the zip cannot hold its own
                EditionSizes.fill(staging, editionSizes(staging, options.editions()), report);
            }
            // last, since it carries the pages, the index and the exports
            Path staged = staging.resolve(OfflineCopy.FILE);
            if (!report.hasErrors() && options.offlineCopy() && Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                report.error("offline-copy", shownZip, Position.START, "the site has a file of its own at " + OfflineCopy.FILE
                        + ", where the offline copy goes", "rename that asset");
            } else if (!report.hasErrors() && options.offlineCopy()) {
                // the last bake's zip is in the output this bake replaces: read before the swap
                Optional<Path> previousZip = memo.flatMap(m -> m.offlineZip)
                        .filter(stamp -> FileStamp.of(zipTarget).equals(Optional.of(stamp)))
                        .map(stamp -> zipTarget);
                offline = timed("offline", timings, () -> OfflineCopy.prepare(staging, staged, shownZip, report, previousZip));
            }
        }
        if (offline.isPresent() && !report.hasErrors()) {
            Map<String, Long> sizes = new TreeMap<>(editionSizes(staging, options.editions()));
            try {
                sizes.put(OfflineCopy.FILE, Files.size(offline.get().temp()));
            } catch (IOException e) {
                report.error("offline-copy", shownZip, Position.START, "cannot read the offline copy's size: " + why(e));
            }
            EditionSizes.fill(staging, sizes, report);
        }
        proof.await();
        if (report.hasErrors()) {
            offline.ifPresent(OfflineCopy.Pending::discard);
            folder.discard(staging);
            return 0;
        }
        if (offline.isPresent()) {
            try {
                offline.get().commit();
            } catch (IOException e) {
                offline.get().discard();
                folder.discard(staging);
                report.error("offline-copy", shownZip, Position.START, "cannot write the offline copy: " + why(e));
                return 0;
            }
        }
        OutputFolder.Swap swap;
        try {
            swap = folder.swapIn(staging);
        } catch (IOException e) {
            folder.discard(staging);
            report.error("output", shown, Position.START, "cannot replace the output folder: " + why(e));
            return 0;
        }
        swap.finish();
        if (offline.isPresent()) {
            // moved with its folder: the same file, so its stamp is taken where it now is
            int reused = offline.get().reused();
            memo.ifPresent(m -> {
                m.offlineZip = FileStamp.of(zipTarget);
                m.offlineFilesReused = reused;
            });
        }
        memo.ifPresent(m -> {
            m.render.committed(output, Set.copyOf(files.pages()));
            m.searchFiles.committed(output);
        });
        return written;
    }

    /** The files of the editions this bake writes, as the home and about pages list them: the offline zip first. */
    private static List<String> editionFiles(Options options) {
        List<String> files = new ArrayList<>();
        if (options.offlineCopy()) {
            files.add(OfflineCopy.FILE);
        }
        for (Edition edition : List.of(Edition.EPUB, Edition.PDF, Edition.PRINT)) {
            if (options.editions().contains(edition)) {
                files.add(edition.file());
            }
        }
        return files;
    }

    /** The size of each edition written into the staging folder. */
    private static Map<String, Long> editionSizes(Path staging, Set<Edition> editions) {
        Map<String, Long> sizes = new TreeMap<>();
        for (Edition edition : editions) {
            try {
                sizes.put(edition.file(), Files.size(staging.resolve(edition.file())));
            } catch (IOException e) {
                // not written (its error is reported): no size to show
            }
        }
        return sizes;
    }

    /** Writes one edition into the staging folder, unless the site has a page or an asset of that name. */
    private static int writeEdition(Edition edition, SiteConfig config, SiteFiles files, Dossier dossier, Path staging, Report report) {
        if (Files.exists(staging.resolve(edition.file()), LinkOption.NOFOLLOW_LINKS)) {
            String culprit = files.pages().stream().filter(page -> ModelBuilder.uri(page).equals(edition.file())).findFirst()
                    .orElse(files.assetFolder().map(folder -> folder + "/").orElse("") + edition.file());
            report.error("publish", culprit, Position.START, "the site has a file of its own published as " + edition.file()
                    + ", where the " + edition.title() + " goes", "rename it, or bake without that edition");
            return 0;
        }
        return switch (edition) {
            case EPUB -> EpubEdition.write(config, dossier, staging, report);
            case PRINT -> PrintEdition.write(config, dossier, staging, report);
            case PDF -> PdfEdition.write(config, dossier, staging, report); // from print.html, written before it
        };
    }

    /** What went wrong, in words: an AccessDeniedException's message is only the path. */
    private static String why(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException denied ? denied.getFile() + ": permission denied" : e.getMessage();
    }

    /**
     * The index is the search stage's; writing it, and saying when that fails, is the build's. With
     * a memo, a file of the index whose text is the same as in the last good output is linked from
     * there: an edit changes few of a large index's files, and making a file costs more than its text.
     */
    private void writeSearchIndex(Dossier dossier, Path site, Report report) {
        Optional<LastOutput> last = memo.map(m -> m.searchFiles);
        last.ifPresent(LastOutput::begin);
        boolean[] folderMade = {false}; // the parts share one folder: made once, not asked for at each of thousands of files
        try {
            SearchIndexFile.Sink sink = (path, text) -> {
                Path file = site.resolve(path);
                if (!path.equals(SearchIndexFile.FILE) && !folderMade[0]) {
                    Files.createDirectories(file.getParent());
                    folderMade[0] = true;
                }
                if (last.isEmpty() || !last.get().reuse(path, text, file)) {
                    Files.writeString(file, text, StandardCharsets.US_ASCII);
                }
            };
            Optional<SearchMemo> search = memo.flatMap(m -> m.search);
            if (search.isPresent()) {
                SearchIndexFile.write(dossier, search.get(), sink);
            } else {
                SearchIndexFile.write(dossier, sink);
            }
        } catch (IOException e) {
            report.error("search-index", SearchIndexFile.FILE, Position.START, "cannot write the search index: " + e.getMessage());
        }
    }

    private static <T> T timed(String phase, List<Timing> timings, java.util.function.Supplier<T> step) {
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            timings.add(new Timing(phase, (System.nanoTime() - start) / 1_000_000));
        }
    }
}
