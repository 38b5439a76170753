package dossier.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Derives a source id short enough to type in every citation: {@code publisher-yyyy-keyword}
 * ("gt-2022-chip4-dilemma"), at most {@value #MAX} characters. The publisher is its one word or
 * its initials ("South China Morning Post" is "scmp"), the year is the date's, and the keywords
 * are the title's first words that are not small ones, as many as fit. A part the file does not
 * give is left out; without a title the file's name stands for the keywords.
 */
final class IdMaker {
    static final int MAX = 24;
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "on", "in", "to", "and", "for", "with", "at", "by",
            "as", "is", "are", "its", "it", "from", "over", "after", "says", "said");
    private static final int PUBLISHER_WORD = 10;

    private IdMaker() {
    }

    /**
     * The id for an imported text; {@code taken} says whether an id is already used, and a taken
     * one gets the first free suffix ("-2", "-3"…), since a derived id is ours to choose.
     */
    static String derive(ImportedText text, Supplied supplied, Path file, Predicate<String> taken) {
        String base = base(value("title", text, supplied), value("publisher", text, supplied), value("date", text, supplied), file);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = trim(base.substring(0, Math.min(base.length(), MAX - suffix.length()))) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    static String base(String title, String publisher, String date, Path file) {
        List<String> parts = new ArrayList<>();
        if (publisher != null && !slug(publisher).isEmpty()) {
            parts.add(publisherPart(publisher));
        }
        if (date != null && date.matches("\\d{4}.*")) {
            parts.add(date.substring(0, 4));
        }
        String head = String.join("-", parts);
        List<String> words = title != null && !slug(title).isEmpty()
                ? Arrays.stream(slug(title).split("-")).filter(w -> !SMALL.contains(w)).toList()
                : Arrays.asList(slug(file.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]+$", "")).split("-"));
        StringBuilder id = new StringBuilder(head);
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            int length = id.length() + (id.length() > 0 ? 1 : 0) + word.length();
            boolean first = id.length() == head.length();
            if (length > MAX && !first) {
                break;
            }
            id.append(id.length() > 0 ? "-" : "").append(word);
        }
        String result = trim(id.length() > MAX ? id.substring(0, MAX) : id.toString());
        return result.isEmpty() ? "source" : result;
    }

    /** "Global Times" is "gt", "Yonhap" is "yonhap": an acronym is what people type. */
    private static String publisherPart(String publisher) {
        List<String> words = Arrays.stream(slug(publisher).split("-")).filter(w -> !w.isEmpty()).toList();
        List<String> significant = words.stream().filter(w -> !SMALL.contains(w)).toList();
        if (significant.size() <= 1) {
            String word = (significant.isEmpty() ? words : significant).get(0);
            return word.length() <= PUBLISHER_WORD ? word : word.substring(0, PUBLISHER_WORD);
        }
        StringBuilder initials = new StringBuilder();
        significant.forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
    }

    private static String value(String field, ImportedText text, Supplied supplied) {
        String given = supplied.fields().get(field);
        if (given != null) {
            return given;
        }
        StatedValue stated = text.stated().get(field);
        return stated != null && !stated.value().isBlank() ? stated.value() : null;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private static String trim(String slug) {
        return slug.replaceAll("-+$", "");
    }
}
