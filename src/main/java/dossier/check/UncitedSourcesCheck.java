package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.model.Dossier;
import dossier.source.SourceRecord;


/** A source that no page cites is probably an unfinished import: a warning, not an error. */
final class UncitedSourcesCheck implements Check {
    @Override
    public void run(Dossier dossier, Report report) {
        if (report.hasErrors()) {
            return; // pages that failed to load would make every source they cite look uncited
        }
        for (SourceRecord source : dossier.sources()) {
            if (!dossier.citingPages().containsKey(source.id())) {
                report.add(new Diagnostic("uncited-source", Severity.WARNING, source.path(), source.idPosition(),
                        "source '" + source.id() + "' is not cited by any page", null));
            }
        }
    }
}
