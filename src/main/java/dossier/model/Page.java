package dossier.model;

import dossier.markdown.HeadingFact;

import java.util.List;

/**
 * A Markdown page of the dossier. Articles also have a summary, the source they annotate and tags;
 * for other pages those are empty.
 *
 * @param uri        the output path relative to the site root ("articles/2022-07-chip4.html")
 * @param navLabel   the short label in the site navigation (front matter 'nav', else the title)
 * @param draft      marked 'draft: true': checked like any page, published only when drafts are previewed
 * @param published  whether the bake writes it: not a draft (or drafts are previewed), and its front
 *                   matter complete (a page whose front matter failed is still checked)
 * @param prose      the editors' words outside excerpts as plain text, blocks separated by blank lines
 * @param commentary per excerpt, in page order, the commentary that follows it ("" when none), its
 *                   citations as written ("[@key, ¶7]")
 * @param commentaryText the same without the citation keys, as a reader reads it
 * @param headings   the body's headings in order, with their ids on the page
 */
public record Page(PageKind kind, String path, String uri, String title, String navLabel, String summary, String sourceId,
                   List<String> tags, boolean draft, boolean published, String prose,
                   List<String> commentary, List<String> commentaryText,
                   List<HeadingFact> headings) {
    public Page {
        tags = List.copyOf(tags);
        commentary = List.copyOf(commentary);
        commentaryText = List.copyOf(commentaryText);
        headings = List.copyOf(headings);
    }

    /** A draft that this build leaves out of the site: a published page may not link to it. */
    public boolean isUnpublishedDraft() {
        return draft && !published;
    }

    /** "../" for a page one folder down, "" at the top: every link is built from it. */
    public String rootPath() {
        return "../".repeat((int) uri.chars().filter(c -> c == '/').count());
    }

    /** A page is identified by its file (one page per path); pages key the cross-reference maps. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Page page && path.equals(page.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }
}
