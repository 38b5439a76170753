package dossier.publish;

import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * bibliography.json: the sources as CSL-JSON (the input format of citeproc processors, Zotero
 * and Pandoc), type article-newspaper. Dates are date-parts at the precision known: [[2023, 5]]
 * for a month. Authors are literal names (bylines as printed).
 */
final class CslJson {
    static final String FILE = "bibliography.json";

    private CslJson() {
    }

    static String write(List<SourceRecord> sources) {
        return TextOut.text(out -> write(sources, out));
    }

    /** Writes the items one at a time, each made as it is written. */
    static void write(List<SourceRecord> sources, TextOut out) {
        Iterable<Map<String, Object>> items = () -> sources.stream().map(CslJson::item).iterator();
        Json.write(new Json.Items(items), out);
    }

    private static Map<String, Object> item(SourceRecord s) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", s.id());
        item.put("type", "article-newspaper");
        s.title().optional().ifPresent(v -> item.put("title", v));
        s.author().optional().ifPresent(v -> item.put("author", List.of(Map.of("literal", v))));
        s.publisher().optional().ifPresent(v -> item.put("container-title", v));
        s.date().optional().ifPresent(d -> item.put("issued", dateParts(d)));
        s.accessed().optional().ifPresent(d -> item.put("accessed", dateParts(d)));
        s.url().optional().ifPresent(v -> item.put("URL", v));
        s.language().optional().ifPresent(v -> item.put("language", v));
        String note = ProvenanceNote.of(s);
        if (!note.isEmpty()) {
            item.put("note", note);
        }
        return item;
    }

    private static Map<String, Object> dateParts(PartialDate d) {
        List<Object> parts = new ArrayList<>();
        parts.add(d.year());
        if (d.month() > 0) {
            parts.add(d.month());
        }
        if (d.day() > 0) {
            parts.add(d.day());
        }
        return Map.of("date-parts", List.of(parts));
    }
}
