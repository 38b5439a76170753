package dossier.source;

import dossier.text.Numbers;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year ("2022-07-22", "2023-05", "2026").
 * Sorts earliest first; a partial date sorts before the full dates within it.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month).thenComparingInt(PartialDate::day);

    private static final String[] MONTHS = {"", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    public enum Precision { YEAR, MONTH, DAY }

    /** month and day are 0 when unknown. */
    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            throw new IllegalArgumentException("bad partial date " + year + "-" + month + "-" + day);
        }
        if (day != 0) {
            LocalDate.of(year, month, day); // throws for 2023-02-30
        }
    }

    /** Parses ISO-8601 "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when the text is not one of those or not a real date. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (m.group(2) != null && month == 0 || m.group(3) != null && day == 0) {
                return Optional.empty(); // "2023-00" and "2023-05-00" are not dates; 0 means unknown only when left out
            }
            return Optional.of(new PartialDate(year, month, day));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** "2022-07-22", "2023-05" or "2026": for machines and datetime attributes. */
    public String iso() {
        return switch (precision()) {
            case DAY -> Numbers.padded(year, 4) + "-" + Numbers.padded(month, 2) + "-" + Numbers.padded(day, 2);
            case MONTH -> Numbers.padded(year, 4) + "-" + Numbers.padded(month, 2);
            case YEAR -> Numbers.padded(year, 4);
        };
    }

    /** "22 July 2022", "May 2023" or "2026": for readers. */
    public String display() {
        return switch (precision()) {
            case DAY -> day + " " + monthName() + " " + year;
            case MONTH -> monthName() + " " + year;
            case YEAR -> Integer.toString(year);
        };
    }

    /** "July"; empty when the month is unknown. The dossier's dates are English (a fixed table: no locale data to load). */
    public String monthName() {
        return MONTHS[month];
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
