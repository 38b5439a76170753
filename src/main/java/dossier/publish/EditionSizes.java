package dossier.publish;

import dossier.diag.Position;
import dossier.diag.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes each edition's size into the pages that list the editions (the theme's editions.ftl, on
 * the home and about pages, in the site's root folder): a size is only known once its file is
 * made, and the editions are made from the rendered pages. Each size goes into its span, whatever
 * the span held (a page the renderer took from the last bake holds the last bake's sizes); a file
 * not given gets none. The page is written anew, never in place: a page taken from the last bake
 * is a link to the last output's file, which must stay as it was until the swap.
 */
public final class EditionSizes {
    private static final Pattern SPAN = Pattern.compile("(<span class=\"edition-size\" data-edition-size=\"([^\"<>]+)\">)[^<]*(</span>)");

    private EditionSizes() {
    }

    /**
     * @param sizes the size in bytes of each edition's file, by its name
     * @return the pages rewritten
     */
    public static int fill(Path site, Map<String, Long> sizes, Report report) {
        List<Path> pages;
        try (Stream<Path> files = Files.list(site)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            report.error("publish", ".", Position.START, "cannot list the pages that link the editions: " + e.getMessage());
            return 0;
        }
        int written = 0;
        for (Path page : pages) {
            try {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                String filled = filled(html, sizes);
                if (!filled.equals(html)) {
                    Files.delete(page); // a link to the last output's page: write a file of its own
                    Files.writeString(page, filled, StandardCharsets.UTF_8);
                    written++;
                }
            } catch (IOException e) {
                String name = page.getFileName().toString();
                report.error("publish", name, Position.START, "cannot write the editions' sizes into " + name + ": " + e.getMessage());
            }
        }
        return written;
    }

    static String filled(String html, Map<String, Long> sizes) {
        if (!html.contains("data-edition-size=")) {
            return html;
        }
        Matcher m = SPAN.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            Long size = sizes.get(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (size == null ? "" : ", " + shown(size)) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A size as a reader reads it: "812 bytes", "331 kB", "1.4 MB" (powers of 1,000, as file managers show them now). */
    static String shown(long bytes) {
        if (bytes < 1_000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 999_500) { // what would round to 1000 kB reads as 1.0 MB
            return Math.round(bytes / 1_000.0) + " kB";
        }
        double mb = bytes / 1_000_000.0;
        return (mb < 10 ? String.format(Locale.ROOT, "%.1f", mb) : String.valueOf(Math.round(mb))) + " MB";
    }
}
