package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.text.Placeholder;

/**
 * Drafts are verified like any page but left out of the site: say so, so that nobody wonders where
 * a page went; and a page published with the draft's placeholder title is refused.
 */
final class DraftsCheck implements Check {
    @Override
    public void run(Dossier dossier, Report report) {
        for (Page draft : dossier.checked()) {
            if (draft.draft()) {
                report.add(new Diagnostic("draft", Severity.WARNING, draft.path(), Position.START, draft.published()
                        ? "draft: previewed with --drafts; a bake leaves it out (remove 'draft: true' to publish it)"
                        : "draft: checked but not published (remove 'draft: true' to publish it)", null));
            } else if (Placeholder.isIn(draft.title())) {
                report.error("placeholder", draft.path(), Position.START, "the title is still the draft's placeholder ('"
                        + draft.title() + "'): write our own title before publishing");
            }
        }
    }
}
