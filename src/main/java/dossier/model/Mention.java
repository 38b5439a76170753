package dossier.model;

import dossier.source.SourceRecord;

/** A name or alias of an entity found in a source paragraph; start and end are offsets into its text. */
public record Mention(Entity entity, SourceRecord source, int paragraph, int start, int end) {
}
