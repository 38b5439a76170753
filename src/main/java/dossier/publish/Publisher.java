package dossier.publish;

import dossier.config.SiteConfig;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.model.Dossier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the outputs for readers' tools into a baked site folder: the Atom feed, the sitemap (only
 * with a base URL), the bibliography in three formats and the Web Annotation collection. Runs on
 * the staging folder, before it replaces the output, so a failed bake changes nothing.
 */
public final class Publisher {
    private final SiteConfig site;
    private final Report report;

    public Publisher(SiteConfig site, Report report) {
        this.site = site;
        this.report = report;
    }

    /** @return the number of files written */
    public int publish(Dossier dossier, Path folder) {
        int written = 0;
        written += write(folder, AtomFeed.FILE, () -> new AtomFeed(site).write(dossier));
        if (site.baseUrl() != null) {
            written += write(folder, Sitemap.FILE, () -> new Sitemap(site).write(pages(folder)));
        }
        written += write(folder, BibTeX.FILE, () -> BibTeX.write(dossier.sources()));
        written += write(folder, Ris.FILE, () -> Ris.write(dossier.sources()));
        written += write(folder, CslJson.FILE, () -> CslJson.write(dossier.sources()));
        written += write(folder, WebAnnotations.FILE, () -> new WebAnnotations(site).write(dossier));
        return written;
    }

    private interface Content {
        String make() throws IOException;
    }

    private int write(Path folder, String file, Content content) {
        try {
            Files.writeString(folder.resolve(file), content.make(), StandardCharsets.UTF_8);
            return 1;
        } catch (IOException e) {
            report.error("publish", file, Position.START, "cannot write " + file + ": " + e.getMessage());
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
