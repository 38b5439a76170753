package dossier.ingest;

import dossier.diag.Report;
import dossier.diag.ReportedWork;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Each record's proof as last done, for builds that follow one another in one process
 * ({@code serve}): a record whose file, manifest entry and archive are all what they were is not
 * derived again, and what its proof reported is reported again; the manifest is parsed again only
 * when its text changed. The proof is a function of exactly these three: the derivation reads the
 * archive's bytes and the entry, and compares with the file.
 */
public final class ProofMemo {
    /**
     * @param archive the archive's SHA-256 (its bytes were checked against it)
     * @param entry   the manifest entry, with its position: an entry moved in the manifest is proven again
     */
    record Inputs(String recordText, ManifestEntry entry, String archive) {
    }

    private final ReportedWork<Inputs, Boolean> proofs = new ReportedWork<>();
    /** The manifest's entries (at 10,000 sources its parse is seconds of a re-bake's CPU: kept, and saved, as data). */
    private final ReportedWork<String, java.util.List<ManifestEntry>> manifest = new ReportedWork<>();

    /** The manifest this text gives, parsed again only when the text changed; its diagnostics go to {@code report}. */
    ImportManifest manifest(String text, Report report) {
        return new ImportManifest(manifest.get(ImportManifest.PATH, text, report, own -> ImportManifest.parse(text, own).entries()));
    }

    /** Proves the record at this path (into the report it is given) unless it was proven from the same inputs; reports either way. */
    void prove(String path, Inputs inputs, Report report, Consumer<Report> proof) {
        proofs.get(path, inputs, report, own -> {
            proof.accept(own);
            return Boolean.TRUE;
        });
    }

    /** Forgets the records that are gone. */
    void retain(Set<String> paths) {
        proofs.retain(paths);
    }

    /** The proofs and the manifest's entries remembered, to save. */
    public State state() {
        return new State(proofs.state(), manifest.state());
    }

    /** Remembers the proofs and the manifest a saved state holds. */
    public void restore(State state) {
        proofs.restore(state.work());
        manifest.restore(state.manifest());
    }

    /** What a persistent cache saves of this memo. */
    public record State(ReportedWork.State<Boolean> work, ReportedWork.State<java.util.List<ManifestEntry>> manifest) {
    }
}
