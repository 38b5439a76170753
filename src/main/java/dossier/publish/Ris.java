package dossier.publish;

import dossier.text.Numbers;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.List;
import java.util.regex.Pattern;

/**
 * bibliography.ris: one TY NEWS record per source. RIS lines are "TAG  - value" ending in CR LF;
 * a value may not span lines, so line breaks become spaces. PY holds the year, DA the date at the
 * precision known ("2023/05//"), T2 the publication.
 */
final class Ris {
    static final String FILE = "bibliography.ris";
    private static final String EOL = "\r\n";
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029]+");

    private Ris() {
    }

    static String write(List<SourceRecord> sources) {
        return TextOut.text(out -> write(sources, out));
    }

    static void write(List<SourceRecord> sources, TextOut out) {
        for (SourceRecord s : sources) {
            line(out, "TY", "NEWS");
            line(out, "ID", s.id());
            s.title().optional().ifPresent(v -> line(out, "TI", v));
            s.author().optional().ifPresent(v -> line(out, "AU", v));
            s.publisher().optional().ifPresent(v -> line(out, "T2", v));
            s.date().optional().ifPresent(d -> {
                line(out, "PY", Numbers.padded(d.year(), 4));
                if (d.month() > 0) {
                    line(out, "DA", date(d));
                }
            });
            s.url().optional().ifPresent(v -> line(out, "UR", v));
            s.accessed().optional().ifPresent(d -> line(out, "Y2", date(d)));
            s.language().optional().ifPresent(v -> line(out, "LA", v));
            String note = ProvenanceNote.of(s);
            if (!note.isEmpty()) {
                line(out, "N1", note);
            }
            line(out, "ER", "");
            out.append(EOL);
        }
    }

    /** RIS's YYYY/MM/DD/other, with unknown parts left empty. */
    static String date(PartialDate d) {
        return Numbers.padded(d.year(), 4) + "/"
                + (d.month() > 0 ? Numbers.padded(d.month(), 2) : "") + "/"
                + (d.day() > 0 ? Numbers.padded(d.day(), 2) : "") + "/";
    }

    private static void line(TextOut out, String tag, String value) {
        String oneLine = hasLineBreak(value) ? LINE_BREAKS.matcher(value).replaceAll(" ") : value;
        out.append(tag).append("  - ").append(oneLine.strip()).append(EOL);
    }

    /** Whether the pattern would change the value: most have no line break, and a search per value was a tenth of the file's cost. */
    private static boolean hasLineBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
