package dossier.markdown;

import dossier.diag.Position;

import java.util.List;

/** A front-matter list (tags, aliases) as written; empty, at the mapping's position, when absent. */
public record FieldList(List<String> values, Position at) {
    public FieldList {
        values = List.copyOf(values);
    }
}
