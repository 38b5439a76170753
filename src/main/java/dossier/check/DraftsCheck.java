package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.model.Dossier;
import dossier.model.Page;

/** Drafts are verified like any page but left out of the site: say so, so that nobody wonders where a page went. */
final class DraftsCheck implements Check {
    @Override
    public void run(Dossier dossier, Report report) {
        for (Page draft : dossier.checked()) {
            if (draft.draft()) {
                report.add(new Diagnostic("draft", Severity.WARNING, draft.path(), Position.START, draft.published()
                        ? "draft: previewed with --drafts; a bake leaves it out (remove 'draft: true' to publish it)"
                        : "draft: checked but not published (remove 'draft: true' to publish it)", null));
            }
        }
    }
}
