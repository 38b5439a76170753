package dossier.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Derives a source id: the year and the first words of the title, else the file's name, as an ASCII slug. */
final class IdMaker {
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "on", "in", "to", "and", "for", "with", "at", "by", "as");
    private static final int WORDS = 6;
    private static final int MAX = 60;

    private IdMaker() {
    }

    static String derive(ImportedText text, Supplied supplied, Path file) {
        String title = supplied.fields().getOrDefault("title", text.stated().containsKey("title") ? text.stated().get("title").value() : null);
        String date = supplied.fields().getOrDefault("date", text.stated().containsKey("date") ? text.stated().get("date").value() : null);
        if (title != null && !slug(title).isEmpty()) {
            String words = Arrays.stream(slug(title).split("-")).filter(w -> !SMALL.contains(w)).limit(WORDS)
                    .collect(Collectors.joining("-"));
            String year = date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) + "-" : "";
            return trim(year + words);
        }
        String name = file.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]+$", "");
        String slug = slug(name);
        return slug.isEmpty() ? "source" : trim(slug);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private static String trim(String slug) {
        String cut = slug.length() <= MAX ? slug : slug.substring(0, MAX);
        return cut.replaceAll("-+$", "");
    }
}
