import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the same N synthetic articles twice: as a Dossier site (sources archived as plain text,
 * an import manifest, articles citing and quoting them) and as a Hugo site (the same Markdown
 * bodies, Hugo front matter, three minimal layouts). Every article has about 1,200 words, 5
 * blockquote excerpts taken verbatim from a 20-paragraph source, 3 tags and 10 links to other
 * articles. The text is drawn from a fixed vocabulary with a fixed seed, so two runs write the
 * same bytes. Run as a single-file program: java .ci/bench/GenerateSites.java N DIR
 * (the Dossier site still needs its templates, assets and records: .ci/bench-scale adds them).
 */
public class GenerateSites {
    private static final String[] WORDS = ("ministry trade export control chip supply chain mineral rare earth "
            + "gallium germanium wafer foundry memory tariff agreement talks minister summit official report "
            + "analyst market industry investment factory production capacity demand security alliance partner "
            + "government policy measure week month year quarter share growth decline risk cooperation dialogue "
            + "framework committee council statement announcement review licence restriction shipment customs "
            + "port battery graphite lithium nickel cobalt refinery processing stockpile reserve price index").split(" ");
    private static final int PARAGRAPHS = 20;
    private static final int EXCERPTS = 5;
    private static final int TAG_POOL = 50;

    private long seed = 42;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java GenerateSites.java N DIR");
            System.exit(2);
        }
        new GenerateSites().write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    private int next(int bound) {
        seed = (seed * 6364136223846793005L + 1442695040888963407L);
        return (int) ((seed >>> 33) % bound);
    }

    private String words(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(WORDS[next(WORDS.length)]);
        }
        return out.toString();
    }

    private void write(int n, Path dir) throws IOException {
        Path dossier = dir.resolve("dossier/content");
        Path hugo = dir.resolve("hugo");
        Files.createDirectories(dossier.resolve("sources"));
        Files.createDirectories(dossier.resolve("articles"));
        Files.createDirectories(hugo.resolve("content/articles"));
        Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(dossier.resolve("index.md"), "---\ntitle: \"Synthetic dossier\"\n---\nA dossier of " + n + " synthetic articles.\n");
        hugoSkeleton(hugo, n);
        try (Writer manifest = Files.newBufferedWriter(dossier.resolve("import-manifest.yml"), StandardCharsets.UTF_8)) {
            manifest.write("sources:\n");
            for (int i = 1; i <= n; i++) {
                List<String> paragraphs = new ArrayList<>();
                for (int p = 1; p <= PARAGRAPHS; p++) {
                    paragraphs.add("Paragraph " + p + " of source " + i + ": the " + words(38) + ".");
                }
                Files.writeString(dossier.resolve("sources/source-" + i + ".original.txt"), String.join("\n\n", paragraphs) + "\n");
                manifest.write(manifestEntry(i));
                String body = body(i, n, paragraphs);
                int first = next(TAG_POOL); // three distinct tags
                String[] tags = {"tag-" + first, "tag-" + (first + 17) % TAG_POOL, "tag-" + (first + 33) % TAG_POOL};
                String tagList = "[" + String.join(", ", tags) + "]";
                Files.writeString(dossier.resolve("articles/article-" + i + ".md"), "---\ntitle: \"Article " + i
                        + "\"\nsummary: \"What source " + i + " reports.\"\nsource: source-" + i + "\ntags: " + tagList + "\n---\n" + body);
                Files.writeString(hugo.resolve("content/articles/article-" + i + ".md"), "---\ntitle: \"Article " + i
                        + "\"\nsummary: \"What source " + i + " reports.\"\ndate: 2024-" + String.format("%02d", i % 12 + 1)
                        + "-01\ntags: " + tagList + "\n---\n" + body);
            }
        }
    }

    /** Five excerpts, each a verbatim slice of one paragraph, and commentary with citations and links. */
    private String body(int i, int n, List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (int e = 0; e < EXCERPTS; e++) {
            int p = 1 + e * 4;
            String[] paragraphWords = paragraphs.get(p - 1).split(" ");
            out.append("## Section ").append(e + 1).append("\n\n");
            out.append("> ").append(String.join(" ", java.util.Arrays.copyOfRange(paragraphWords, 5, 30)))
                    .append("\n> [@source-").append(i).append(", ¶").append(p).append("]\n\n");
            for (int c = 0; c < 3; c++) {
                int other = 1 + next(n);
                out.append("The ").append(words(30)).append(" [@source-").append(i).append(", ¶").append(p + 1).append("]. ");
                out.append("The ").append(words(25));
                if (c < 2) {
                    out.append(" [").append(WORDS[next(WORDS.length)]).append("](article-").append(other).append(".md)");
                }
                out.append(" ").append(words(15)).append(".\n\n");
            }
        }
        return out.toString();
    }

    private static String manifestEntry(int i) {
        StringBuilder entry = new StringBuilder();
        entry.append("  - id: source-").append(i).append('\n');
        entry.append("    archive: source-").append(i).append(".original.txt\n");
        entry.append("    fields:\n");
        for (String field : List.of("title", "publisher", "author", "url", "accessed")) {
            entry.append("      ").append(field).append(": {provenance: missing, note: \"Synthetic.\"}\n");
        }
        entry.append("      date: {value: \"2024-").append(String.format("%02d", i % 12 + 1))
                .append("\", provenance: inferred, note: \"Synthetic.\"}\n");
        return entry.toString();
    }

    /** A configuration and the three layouts Hugo needs to write articles, lists and tag pages. */
    private static void hugoSkeleton(Path hugo, int n) throws IOException {
        Files.writeString(hugo.resolve("config.toml"), "baseURL = \"/\"\nrelativeURLs = true\ntitle = \"Synthetic dossier\"\n"
                + "disableKinds = [\"RSS\", \"sitemap\", \"robotsTXT\", \"404\"]\n[taxonomies]\ntag = \"tags\"\n");
        Files.writeString(hugo.resolve("content/_index.md"), "---\ntitle: \"Synthetic dossier\"\n---\nA dossier of " + n + " synthetic articles.\n");
        String head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>";
        Files.writeString(hugo.resolve("layouts/_default/single.html"), head + "<main><h1>{{ .Title }}</h1>{{ .Content }}"
                + "<ul>{{ range .GetTerms \"tags\" }}<li><a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a></li>{{ end }}</ul></main></body></html>\n");
        Files.writeString(hugo.resolve("layouts/_default/list.html"), head + "<main><h1>{{ .Title }}</h1>{{ .Content }}"
                + "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul></main></body></html>\n");
        Files.writeString(hugo.resolve("layouts/_default/terms.html"), head + "<main><h1>{{ .Title }}</h1>"
                + "<ul>{{ range .Data.Terms.Alphabetical }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul></main></body></html>\n");
    }
}
