package dossier.check;

import dossier.diag.Report;
import dossier.model.Dossier;
import dossier.model.LinkTarget;
import dossier.model.Page;
import dossier.model.ResolvedLink;

/**
 * Every relative link in a page must reach a file of the site, and no link may be root-relative:
 * "/x" breaks when the dossier is hosted under a path or opened from file://. A published page
 * may not link to a draft, which the site does not have.
 */
final class InternalLinksCheck implements Check {

    @Override
    public void run(Dossier dossier, Report report) {
        for (Page page : dossier.checked()) {
            for (ResolvedLink link : dossier.citations(page).links()) {
                String url = link.url().strip();
                LinkTarget target = link.target();
                if (target instanceof LinkTarget.RootRelative) {
                    report.error("absolute-link", page.path(), link.position(),
                            "link '" + url + "' starts with '/': it breaks under a base path and from file://; use a relative link");
                } else if (target instanceof LinkTarget.OutsideSite) {
                    report.error("broken-link", page.path(), link.position(), "link '" + url + "' leads to no page of the site");
                } else if (target instanceof LinkTarget.InSite site && !site.exists()) {
                    report.error("broken-link", page.path(), link.position(),
                            "link '" + url + "' leads to no page of the site (" + site.path() + ")");
                } else if (target instanceof LinkTarget.InSite site && page.published()
                        && site.page().filter(Page::isUnpublishedDraft).isPresent()) {
                    report.error("draft-link", page.path(), link.position(), "link '" + url + "' leads to "
                                    + site.page().get().path() + ", a draft: it is not published, so the link would lead nowhere",
                            "publish it (remove 'draft: true'), or link to it once it is");
                }
            }
        }
    }
}
