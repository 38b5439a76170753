package dossier.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
            for (int i = 1; i <= n; i++) {
                source(site, i);
                article(site, i, n);
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void source(Path site, int i) throws IOException {
        StringBuilder archive = new StringBuilder();
        StringBuilder paragraphs = new StringBuilder();
        for (int p = 1; p <= 20; p++) {
            String line = "Paragraph " + p + " of source " + i + " reports that the ministry said the measure number "
                    + (i * p) + " takes effect in week " + p + ".";
            archive.append(line).append('\n');
            paragraphs.append("  - {n: ").append(p).append(", text: \"").append(line).append("\"}\n");
        }
        byte[] bytes = archive.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(site.resolve("content/sources/source-" + i + ".original.txt"), bytes);
        StringBuilder record = new StringBuilder();
        record.append("id: source-").append(i).append('\n');
        record.append("archive: {file: source-").append(i).append(".original.txt, sha256: ").append(sha256(bytes))
                .append(", format: plain-text}\n");
        for (String field : new String[] {"title", "publisher", "author", "url", "language", "accessed"}) {
            record.append(field).append(": {value: null, provenance: missing, note: \"Synthetic.\"}\n");
        }
        record.append(String.format("date: {value: \"2024-%02d\", precision: month, provenance: inferred, note: \"Synthetic.\"}%n", i % 12 + 1));
        record.append("paragraphs:\n").append(paragraphs);
        Files.writeString(site.resolve("content/sources/source-" + i + ".yml"), record);
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

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
