package dossier.publish;

import dossier.source.MetaField;
import dossier.source.SourceRecord;
import dossier.text.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The note every bibliography entry carries about values that are not the source's own: which
 * fields the editors supplied or inferred, and on what basis. Empty when every value is stated.
 */
final class ProvenanceNote {
    private static final Pattern FINAL_STOP = Pattern.compile("\\.$");

    private ProvenanceNote() {
    }

    static String of(SourceRecord source) {
        List<String> parts = new ArrayList<>();
        add(parts, "Title", source.title());
        add(parts, "Author", source.author());
        add(parts, "Publisher", source.publisher());
        add(parts, "Date", source.date());
        add(parts, "URL", source.url());
        add(parts, "Language", source.language());
        add(parts, "Access date", source.accessed());
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String label, MetaField<?> field) {
        if (field.isKnown() && field.isEditorial()) {
            String note = field.note() == null ? "" : ": " + FINAL_STOP.matcher(Whitespace.collapse(field.note())).replaceAll("");
            parts.add(label + " " + field.provenance().label() + " by the editors (not stated in the source)" + note + ".");
        }
    }
}
