package dossier.markdown;

import dossier.diag.Position;
import dossier.diag.Report;

import java.util.Optional;

/**
 * Splits a page into its YAML front matter (between "---" lines at the top) and its Markdown body,
 * keeping the number of lines before each so that positions stay true to the file.
 *
 * @param yaml           the YAML text, without the fences; null when the page has none (reported),
 *                       so that its body is still read
 * @param bodyLineOffset lines of the file before the body starts
 */
public record FrontMatter(String yaml, String body, int bodyLineOffset) {
    /** The YAML starts on line 2, after the opening fence. */
    public static final int YAML_LINE_OFFSET = 1;

    public static Optional<FrontMatter> split(String text, String path, Report report) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            report.error("front-matter", path, Position.START,
                    "page has no front matter: start the file with a line '---', the fields (title: …), and another '---'");
            return Optional.of(new FrontMatter(null, text, 0));
        }
        int lineNumber = 1;
        int offset = 4;
        while (offset <= text.length()) {
            int end = text.indexOf('\n', offset);
            String line = end < 0 ? text.substring(offset) : text.substring(offset, end);
            lineNumber++;
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(4, offset);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, body, lineNumber));
            }
            if (end < 0) {
                break;
            }
            offset = end + 1;
        }
        report.error("front-matter", path, Position.START, "front matter is not closed: add a line '---' after the fields");
        return Optional.empty();
    }
}
