package dossier.publish;

import dossier.model.Dossier;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.time.Instant;
import java.util.List;

/**
 * The date the editions (EPUB, PDF) carry as their modification date: the latest date among the
 * sources' publication and access dates, at midnight UTC, never the clock, so that the same sources
 * give the same bytes; the zip epoch (1980-01-01) when no source has a date.
 */
final class EditionDate {
    private EditionDate() {
    }

    /** The date as an ISO 8601 instant, e.g. {@code 2024-03-05T00:00:00Z}. */
    static String iso(Dossier dossier) {
        PartialDate latest = null;
        for (SourceRecord source : dossier.sources()) {
            for (var field : List.of(source.accessed(), source.date())) {
                PartialDate d = field == null ? null : field.value();
                if (d != null && (latest == null || d.compareTo(latest) > 0)) {
                    latest = d;
                }
            }
        }
        if (latest == null) {
            return "1980-01-01T00:00:00Z";
        }
        return String.format("%04d-%02d-%02dT00:00:00Z", latest.year(), Math.max(1, latest.month()), Math.max(1, latest.day()));
    }

    static Instant instant(Dossier dossier) {
        return Instant.parse(iso(dossier));
    }
}
