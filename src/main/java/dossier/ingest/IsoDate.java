package dossier.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date a machine-readable timestamp states, at the precision it states it:
 * "2023-09-01T08:00:37+09:00" → "2023-09-01", "2023/9/1" → "2023-09-01", "2023-09" → "2023-09".
 * The date is taken as written, in the timestamp's own time zone: converting "…T23:00Z" to the
 * publisher's zone would be a guess.
 */
final class IsoDate {
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:([-/])(\\d{1,2})(?:\\2(\\d{1,2}))?)?(?![\\d/-])(?:[T ].*)?", Pattern.DOTALL);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?", Pattern.DOTALL);

    private IsoDate() {
    }

    /** The ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), or empty when the text is not a real date. */
    static Optional<String> of(String raw) {
        String text = raw.trim();
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            return build(m.group(1), m.group(3), m.group(4));
        }
        Matcher c = COMPACT.matcher(text);
        return c.matches() ? build(c.group(1), c.group(2), c.group(3)) : Optional.empty();
    }

    private static Optional<String> build(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (month == null) {
                return Optional.of(year);
            }
            int mo = Integer.parseInt(month);
            if (day == null) {
                return mo >= 1 && mo <= 12 ? Optional.of(String.format(Locale.ROOT, "%04d-%02d", y, mo)) : Optional.empty();
            }
            return Optional.of(LocalDate.of(y, mo, Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
