package dossier.source;

import dossier.diag.Diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each source record's parse as last done, for builds that follow one another in one process
 * ({@code serve}): a record whose text is unchanged is not parsed again, and what its parse
 * reported is reported again. The text is compared whole, so a hit is exact; the archive is not
 * part of the parse and is checked on every read.
 */
public final class SourceMemo {
    /** @param record empty when the record had errors */
    record Parsed(Optional<SourceRecordReader.Parsed> record, List<Diagnostic> diagnostics) {
    }

    private record Entry(String text, Parsed parsed) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Parsed parsed(String path, String text, Supplier<Parsed> parse) {
        Entry known = entries.get(path);
        if (known != null && known.text().equals(text)) {
            return known.parsed();
        }
        Parsed parsed = parse.get();
        entries.put(path, new Entry(text, parsed));
        return parsed;
    }

    /** Forgets the records that are gone. */
    public void retain(Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}
