package dossier.publish;

import dossier.config.SiteConfig;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.model.Dossier;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the outputs for readers' tools into a baked site folder: the Atom feed, the sitemap (only
 * with a base URL), the bibliography in three formats and the Web Annotation collection. Runs on
 * the staging folder, before it replaces the output, so a failed bake changes nothing.
 */
public final class Publisher {
    private final SiteConfig site;
    private final Report report;
    private final Optional<PublishMemo> memo;

    public Publisher(SiteConfig site, Report report) {
        this(site, report, Optional.empty());
    }

    /** @param memo what the last builds wrote, to reuse where its inputs are equal */
    public Publisher(SiteConfig site, Report report, Optional<PublishMemo> memo) {
        this.site = site;
        this.report = report;
        this.memo = memo;
    }

    /** @return the number of files written */
    public int publish(Dossier dossier, Path folder) {
        memo.ifPresent(m -> m.begin(site.language(), dossier.sources()));
        int written = 0;
        written += write(folder, AtomFeed.FILE, out -> new AtomFeed(site).write(dossier, out));
        if (site.baseUrl() != null) {
            written += write(folder, Sitemap.FILE, out -> new Sitemap(site).write(pages(folder), out));
        }
        written += write(folder, BibTeX.FILE, bibliography(BibTeX.FILE, out -> BibTeX.write(dossier.sources(), out)));
        written += write(folder, Ris.FILE, bibliography(Ris.FILE, out -> Ris.write(dossier.sources(), out)));
        written += write(folder, CslJson.FILE, bibliography(CslJson.FILE, out -> CslJson.write(dossier.sources(), out)));
        written += write(folder, WebAnnotations.FILE, out -> new WebAnnotations(site, memo).write(dossier, out));
        memo.ifPresent(PublishMemo::finished);
        return written;
    }

    /** A bibliography written as made, or with a memo, as the memo has it when the sources are equal. */
    private Content bibliography(String file, java.util.function.Consumer<TextOut> make) {
        if (memo.isEmpty()) {
            return make::accept;
        }
        return out -> out.appendUtf8(memo.get().bibliography(file, () -> TextOut.utf8(make)));
    }

    private interface Content {
        void write(TextOut out) throws IOException;
    }

    /**
     * Streams a file in UTF-8, as it is made. Text that is not valid UTF-16 (a lone surrogate)
     * fails the file, as writing a whole string did; a half-written file stays in the staging
     * folder, which a failed bake discards.
     */
    private int write(Path folder, String file, Content content) {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(folder.resolve(file)), 1 << 16)) {
            TextOut out = new TextOut(stream);
            content.write(out);
            out.flush();
            return 1;
        } catch (IOException | UncheckedIOException e) {
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            report.error("publish", file, Position.START, "cannot write " + file + ": " + why);
            return 0;
        }
    }

    /** Every HTML file in the folder, relative, sorted: the pages as written. */
    private static List<String> pages(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }
}
