package dossier.check;

import dossier.diag.Report;
import dossier.model.Dossier;

/** One rule over the finished model. Checks only read the model and report. */
public interface Check {
    void run(Dossier dossier, Report report);
}
