package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.model.Dossier;
import dossier.source.SourceRecord;

import java.util.HashSet;
import java.util.Set;

/** A source that no page cites is probably an unfinished import: a warning, not an error. */
final class UncitedSourcesCheck implements Check {
    @Override
    public void run(Dossier dossier, Report report) {
        if (report.hasErrors()) {
            return; // pages that failed to load would make every source they cite look uncited
        }
        Set<SourceRecord> cited = new HashSet<>();
        dossier.pages().forEach(p -> cited.addAll(dossier.citations(p).references()));
        for (SourceRecord source : dossier.sources()) {
            if (!cited.contains(source)) {
                report.add(new Diagnostic("uncited-source", Severity.WARNING, source.path(), source.idPosition(),
                        "source '" + source.id() + "' is not cited by any page", null));
            }
        }
    }
}
