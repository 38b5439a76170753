package dossier.it;

import dossier.diag.Report;
import dossier.ingest.Importer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A dossier of N sources and N articles (20 paragraphs per source; 5 excerpts and 5 citations per
 * article), written like .ci/bench-scale writes it, with the project's templates and assets.
 */
final class SyntheticDossier {
    private SyntheticDossier() {
    }

    static Path write(Path site, int n) {
        try {
            Files.createDirectories(site.resolve("content/sources"));
            Files.createDirectories(site.resolve("content/articles"));
            for (String shared : new String[] {"templates", "assets", "jbake.properties"}) {
                Sites.copyTree(Sites.PROJECT.resolve(shared), site.resolve(shared));
            }
            Files.writeString(site.resolve("content/index.md"),
                    "---\ntitle: \"Synthetic dossier\"\n---\nA dossier of " + n + " synthetic articles.\n");
            StringBuilder manifest = new StringBuilder("sources:\n");
            for (int i = 1; i <= n; i++) {
                source(site, i, manifest);
                article(site, i, n);
            }
            generateRecords(site, manifest);
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The archive and its manifest entry; the record is generated from them by {@link #generateRecords}. */
    private static void source(Path site, int i, StringBuilder manifest) throws IOException {
        StringBuilder archive = new StringBuilder();
        for (int p = 1; p <= 20; p++) {
            archive.append("Paragraph ").append(p).append(" of source ").append(i)
                    .append(" reports that the ministry said the measure number ").append(i * p)
                    .append(" takes effect in week ").append(p).append(".\n");
        }
        Files.writeString(site.resolve("content/sources/source-" + i + ".original.txt"), archive);
        manifest.append("  - id: source-").append(i).append("\n    archive: source-").append(i).append(".original.txt\n    fields:\n");
        for (String field : new String[] {"title", "publisher", "author", "url", "accessed"}) {
            manifest.append("      ").append(field).append(": {provenance: missing, note: \"Synthetic.\"}\n");
        }
        manifest.append(String.format("      date: {value: \"2024-%02d\", provenance: inferred, note: \"Synthetic.\"}%n", i % 12 + 1));
    }

    /** Source records are what import --regenerate makes of the archives and the manifest, as in a real dossier. */
    private static void generateRecords(Path site, StringBuilder manifest) throws IOException {
        Files.writeString(site.resolve("content/import-manifest.yml"), manifest);
        Report report = new Report();
        new Importer(site, report, new PrintWriter(Writer.nullWriter())).regenerate(false);
        if (!report.diagnostics().isEmpty()) {
            throw new IllegalStateException("synthetic records: " + report.diagnostics());
        }
    }

    private static void article(Path site, int i, int n) throws IOException {
        StringBuilder page = new StringBuilder();
        page.append("---\ntitle: \"Article ").append(i).append("\"\nsummary: \"What source ").append(i)
                .append(" reports.\"\nsource: source-").append(i).append("\ntags: [synthetic]\n---\n");
        for (int e = 1; e <= 17; e += 4) {
            page.append("> Paragraph ").append(e).append(" of source ").append(i).append(" reports that the ministry said\n");
            page.append("> [@source-").append(i).append(", ¶").append(e).append("]\n\n");
            page.append("Commentary on paragraph ").append(e).append(" [@source-").append(i % n + 1).append(", ¶")
                    .append(e + 1).append("].\n\n");
        }
        Files.writeString(site.resolve("content/articles/article-" + i + ".md"), page);
    }
}
