package dossier.markdown;

import dossier.diag.Position;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A page's front matter, read into typed values once, at parse time. Which fields a page must or
 * may have depends on what kind of page it is, which the model decides; so this keeps every key
 * as written, and which of them hold a value.
 *
 * @param at      the position of the front matter itself (where a missing field is reported)
 * @param keys    every key as written, in order, with the position of the key
 * @param present the keys that hold a value (not YAML's null)
 * @param accounts the page's own accounts side by side (entity pages)
 * @param keyEnds where each key written plain on one line ends (exclusive), for a fix that renames it
 */
public record PageFields(Position at, Map<String, Position> keys, Set<String> present,
                         Optional<FieldText> title, Optional<FieldText> type, Optional<FieldText> nav,
                         Optional<FieldText> summary, Optional<FieldText> source, Optional<FieldText> kind,
                         boolean draft, FieldList tags, FieldList aliases,
                         List<EventFields> events, List<FigureFields> figures, List<CorrectionFields> corrections,
                         Optional<AccountsFields> accounts, Map<String, Position> keyEnds) {
    public PageFields {
        keys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
        keyEnds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keyEnds));
        present = Set.copyOf(present);
        events = List.copyOf(events);
        figures = List.copyOf(figures);
        corrections = List.copyOf(corrections);
    }

    public PageFields(Position at, Map<String, Position> keys, Set<String> present,
                      Optional<FieldText> title, Optional<FieldText> type, Optional<FieldText> nav,
                      Optional<FieldText> summary, Optional<FieldText> source, Optional<FieldText> kind,
                      boolean draft, FieldList tags, FieldList aliases,
                      List<EventFields> events, List<FigureFields> figures, List<CorrectionFields> corrections,
                      Optional<AccountsFields> accounts) {
        this(at, keys, present, title, type, nav, summary, source, kind, draft, tags, aliases, events, figures, corrections,
                accounts, Map.of());
    }

    /** Where a plain key ends (exclusive), else null. */
    public Position keyEnd(String key) {
        return keyEnds.get(key);
    }

    /** Where a key stands, else where the front matter does. */
    public Position keyPosition(String key) {
        return keys.getOrDefault(key, at);
    }
}
