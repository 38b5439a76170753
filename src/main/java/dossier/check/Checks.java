package dossier.check;

import dossier.diag.Report;
import dossier.model.Dossier;

import java.util.List;

/** Every rule, in the order they run. */
public final class Checks {
    private static final List<Check> ALL = List.of(
            new InternalLinksCheck(),
            new UncitedSourcesCheck(),
            new ArticleExcerptsCheck(),
            new DraftsCheck(),
            new FiguresCheck(),
            new ChartsCheck(),
            new CommentaryQuotesCheck());

    private Checks() {
    }

    public static void runAll(Dossier dossier, Report report) {
        for (Check check : ALL) {
            check.run(dossier, report);
        }
    }
}
