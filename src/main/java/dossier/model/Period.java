package dossier.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The span a flow is counted over, as a source states it ("$150 billion per year", "first-quarter
 * revenue"): figures counted over different spans never share a chart.
 */
public enum Period {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    /** The word an editor writes after {@code per:}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Period> parse(String written) {
        for (Period p : values()) {
            if (p.word().equals(written.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
