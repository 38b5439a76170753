package dossier.ingest;

/**
 * A metadata value the raw file states, with where it says so ("JSON field link",
 * "header field Title", "meta property og:title"). Dates are ISO-8601 (YYYY, YYYY-MM or YYYY-MM-DD).
 */
public record StatedValue(String value, String where) {
}
