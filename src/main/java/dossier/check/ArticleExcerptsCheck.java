package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.model.Dossier;
import dossier.model.Page;
import dossier.model.PageKind;

/** An article annotates its source: one without a single excerpt is a warning. */
final class ArticleExcerptsCheck implements Check {
    @Override
    public void run(Dossier dossier, Report report) {
        for (Page page : dossier.checked()) {
            if (page.kind() == PageKind.ARTICLE && dossier.citations(page).excerpts().isEmpty()) {
                report.add(new Diagnostic("article-without-excerpts", Severity.WARNING, page.path(), Position.START,
                        "article has no excerpts: quote its source in a blockquote closed by [@"
                                + (page.sourceId() != null ? page.sourceId() : "ID") + ", ¶N]", null));
            }
        }
    }
}
