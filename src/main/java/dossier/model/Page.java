package dossier.model;

import dossier.markdown.ParsedPage;

import java.util.List;

/**
 * A Markdown page of the dossier. Articles also have a summary, the source they annotate and tags;
 * for other pages those are empty.
 *
 * @param uri      the output path relative to the site root ("articles/2022-07-chip4.html")
 * @param navLabel the short label in the site navigation (front matter 'nav', else the title)
 * @param draft    checked like any page but not published
 */
public record Page(PageKind kind, String path, String uri, String title, String navLabel, String summary, String sourceId,
                   List<String> tags, boolean draft, ParsedPage parsed) {
    public Page {
        tags = List.copyOf(tags);
    }

    /** "../" for a page one folder down, "" at the top: every link is built from it. */
    public String rootPath() {
        return "../".repeat((int) uri.chars().filter(c -> c == '/').count());
    }

    /**
     * A page is identified by its file (one page per path). Pages key the cross-reference maps,
     * and comparing whole parsed documents there was a measurable cost.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Page page && path.equals(page.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }
}
