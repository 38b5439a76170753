package dossier.source;

import dossier.diag.ReportedWork;

import java.util.Optional;
import java.util.Set;

/**
 * Each source record's parse as last done, for builds that follow one another in one process
 * ({@code serve}): a record whose text is unchanged is not parsed again, and what its parse
 * reported is reported again. The text is compared whole, so a hit is exact; the archive is not
 * part of the parse and is checked on every read.
 */
public final class SourceMemo {
    /** Empty when the record had errors. */
    final ReportedWork<String, Optional<SourceRecordReader.Parsed>> parses = new ReportedWork<>();

    /** Forgets the records that are gone. */
    public void retain(Set<String> paths) {
        parses.retain(paths);
    }

    /** What is remembered, to save. */
    public State state() {
        return new State(parses.state());
    }

    /** Remembers what a saved state holds. */
    public void restore(State state) {
        parses.restore(state.work());
    }

    /** What a persistent cache saves of this memo. */
    public record State(ReportedWork.State<Optional<SourceRecordReader.Parsed>> work) {
    }
}
