package dossier.ingest;

import dossier.diag.Diagnostic;
import dossier.diag.Report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each record's proof as last done, for builds that follow one another in one process
 * ({@code serve}): a record whose file, manifest entry and archive are all what they were is not
 * derived again, and what its proof reported is reported again; the manifest is parsed again only
 * when its text changed. The proof is a function of exactly
 * these three: the derivation reads the archive's bytes and the entry, and compares with the file.
 */
public final class ProofMemo {
    /**
     * @param archive the archive's SHA-256 (its bytes were checked against it)
     * @param entry   the manifest entry, with its position: an entry moved in the manifest is proven again
     */
    record Inputs(String recordText, ManifestEntry entry, String archive) {
    }

    private record Proven(Inputs inputs, List<Diagnostic> diagnostics) {
    }

    private final Map<String, Proven> proofs = new ConcurrentHashMap<>();
    /** The manifest's text as last read, what it gave and what it reported: one site-wide file, read on every build. */
    private record ReadManifest(String text, ImportManifest manifest, List<Diagnostic> diagnostics) {
    }

    private volatile ReadManifest manifest;

    /** The manifest this text gives, parsed again only when the text changed; its diagnostics go to {@code report}. */
    ImportManifest manifest(String text, Report report) {
        ReadManifest known = manifest;
        if (known == null || !known.text().equals(text)) {
            Report own = new Report();
            known = new ReadManifest(text, ImportManifest.parse(text, own), own.diagnostics());
            manifest = known;
        }
        known.diagnostics().forEach(report::add);
        return known.manifest();
    }

    /** What the proof of the record at this path reported, when it was proven from the same inputs. */
    Optional<List<Diagnostic>> find(String path, Inputs inputs) {
        Proven known = proofs.get(path);
        return known != null && known.inputs().equals(inputs) ? Optional.of(known.diagnostics()) : Optional.empty();
    }

    void remember(String path, Inputs inputs, Report own) {
        proofs.put(path, new Proven(inputs, own.diagnostics()));
    }

    /** Forgets the records that are gone. */
    void retain(Set<String> paths) {
        proofs.keySet().retainAll(paths);
    }
}
