package dossier.ingest;

import dossier.source.Paragraph;
import dossier.source.SourceRecord;
import dossier.text.Json;
import dossier.text.Placeholder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The article page written next to a new source: a draft (checked, never published) with complete
 * front matter and a comment on each field, and every paragraph of the source as an excerpt block
 * ready to uncomment, so that nobody needs the record open beside the page to quote it. HTML
 * comments are never published, so the draft's notes need no deleting.
 */
public final class DraftArticle {
    private static final int WIDTH = 100;
    /** Markdown that a source's words could start by accident, escaped so that the excerpt stays its words. */
    private static final Pattern LINE_START = Pattern.compile("^(?:[-+=|#]|\\d+(?=[.)]))");

    private DraftArticle() {
    }

    /** The draft for a source just imported, with its paragraphs. */
    public static String write(SourceRecord source) {
        return write(source, null);
    }

    /** The draft for {@code source}, titled {@code title} or, when null, with a placeholder the bake refuses to publish. */
    public static String write(SourceRecord source, String title) {
        return frontMatter(source.id(), source.path(), title, source.displayTitle()) + paragraphs(source.id(), source.paragraphs());
    }

    /** A draft for a source whose record could not be read: the front matter only. */
    public static String withoutParagraphs(String sourceId, String recordPath, String title) {
        return frontMatter(sourceId, recordPath, title, sourceId)
                + "<!-- The paragraphs of " + recordPath + " could not be listed here: run check. -->\n";
    }

    private static String frontMatter(String sourceId, String recordPath, String title, String sourceTitle) {
        String shown = title != null ? title : Placeholder.of("our title for the notes on " + quoted(sourceTitle));
        return "---\n"
                + "# Our own title for the page, in our words (not the publisher's headline). A page whose\n"
                + "# title still starts with \"" + Placeholder.MARK + "\" is not published.\n"
                + "title: " + Json.quote(shown) + "\n"
                + "# One factual sentence, in our words, on what the article reports (needed to publish).\n"
                + "summary: \"\"\n"
                + "# The source this page annotates: " + recordPath + "\n"
                + "source: " + sourceId + "\n"
                + "tags: []\n"
                + "# Drafts are checked but not published: remove this line when the page is ready.\n"
                + "draft: true\n"
                + "---\n";
    }

    private static String quoted(String text) {
        String cut = text.length() <= 60 ? text : text.substring(0, text.lastIndexOf(' ', 59) > 20 ? text.lastIndexOf(' ', 59) : 59) + "…";
        return "“" + cut + "”";
    }

    private static String paragraphs(String id, List<Paragraph> paragraphs) {
        StringBuilder out = new StringBuilder();
        out.append("<!--\n")
                .append("Every paragraph of the source follows, each as an excerpt ready to use. To quote one, delete\n")
                .append("the two comment lines around it (the one naming the paragraph, and the closing one), cut the\n")
                .append("quote down to the words the page needs (they must stay exactly the source's), and follow it\n")
                .append("with our commentary, each claim cited as [@").append(id).append(", ¶N]. Comments like this one are\n")
                .append("never published: blocks left commented out need no deleting.\n")
                .append("-->\n");
        for (Paragraph p : paragraphs) {
            out.append('\n');
            String label = "¶" + p.number() + (Paragraph.TEXT.equals(p.kind()) ? "" : " (" + p.kind() + ")");
            if (p.isExcluded()) {
                out.append("<!-- ").append(label).append(" is excluded: ").append(safe(p.excludedReason()))
                        .append(" It cannot be quoted. -->\n");
                continue;
            }
            out.append("<!-- ").append(label).append('\n');
            for (String line : wrap(escaped(p.text()))) {
                out.append("> ").append(line).append('\n');
            }
            out.append("> [@").append(id).append(", ¶").append(p.number()).append("]\n");
            out.append("-->\n");
        }
        return out.toString();
    }

    /**
     * The text with what Markdown would read as markup escaped: backslash escapes stand for the
     * character itself, so the excerpt still reads as the source's words; and "-->" written so
     * that it cannot end the comment around it.
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Lines of at most {@link #WIDTH} characters, broken at spaces, none starting with list or heading markup. */
    static List<String> wrap(String text) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        // "- x" would be a list item and "1. x" an ordered one: the escape goes before the punctuation
        return lines.stream().map(l -> LINE_START.matcher(l).replaceFirst(m -> m.group().matches("\\d+")
                ? m.group() + "\\\\" : "\\\\" + m.group())).toList();
    }

    /** A reason in a comment: "-->" would end it. */
    private static String safe(String text) {
        return text.replace("-->", "-- >");
    }
}
