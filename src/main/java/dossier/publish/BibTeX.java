package dossier.publish;

import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.List;
import java.util.regex.Pattern;

/**
 * bibliography.bib: one entry per source, keyed by its id, in UTF-8. A source with a known
 * publisher is an @article in that journal (the newspaper); one without is @misc. Authors are
 * bylines as the source prints them ("GT staff reporters"), so they are braced as literal names
 * rather than split into first and last. Titles are braced whole to keep their capitals. Text is
 * escaped for LaTeX without raw braces, so a value can never unbalance the file.
 */
final class BibTeX {
    static final String FILE = "bibliography.bib";
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final Pattern SPACE = Pattern.compile("\\s");

    private BibTeX() {
    }

    static String write(List<SourceRecord> sources) {
        return TextOut.text(out -> write(sources, out));
    }

    /** Writes the entries one at a time, each made in a small buffer (for its last comma). */
    static void write(List<SourceRecord> sources, TextOut out) {
        StringBuilder entry = new StringBuilder();
        for (SourceRecord source : sources) {
            if (entry.length() > 0) {
                out.append('\n');
            }
            entry.setLength(0);
            entry(source, entry);
            out.append(entry);
        }
    }

    private static void entry(SourceRecord s, StringBuilder out) {
        out.append(s.publisher().isKnown() ? "@article{" : "@misc{").append(s.id()).append(",\n");
        s.title().optional().ifPresent(t -> field(out, "title", "{" + escape(t) + "}"));
        s.author().optional().ifPresent(a -> field(out, "author", "{" + escape(a) + "}"));
        s.publisher().optional().ifPresent(p -> field(out, "journal", escape(p)));
        s.date().optional().ifPresent(d -> date(d, out));
        s.url().optional().ifPresent(u -> field(out, "url", url(u)));
        s.accessed().optional().ifPresent(d -> field(out, "urldate", d.iso()));
        s.language().optional().ifPresent(l -> field(out, "language", escape(l)));
        String note = ProvenanceNote.of(s);
        if (!note.isEmpty()) {
            field(out, "note", escape(note));
        }
        out.setLength(out.length() - 2); // no comma after the last field
        out.append("\n}\n");
    }

    private static void date(PartialDate d, StringBuilder out) {
        field(out, "year", Integer.toString(d.year()));
        if (d.month() > 0) {
            out.append("  month = ").append(MONTHS[d.month() - 1]).append(",\n"); // the standard month macro
        }
        if (d.day() > 0) {
            field(out, "day", Integer.toString(d.day()));
        }
    }

    private static void field(StringBuilder out, String name, String braced) {
        out.append("  ").append(name).append(" = {").append(braced).append("},\n");
    }

    /** LaTeX's special characters as commands; line breaks as spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A URL is read verbatim (url package, biblatex), so only braces, which would unbalance the field, are encoded. */
    private static String url(String url) {
        return SPACE.matcher(url.replace("{", "%7B").replace("}", "%7D")).replaceAll("%20");
    }
}
