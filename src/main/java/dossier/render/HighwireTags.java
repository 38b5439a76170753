package dossier.render;

import dossier.text.Numbers;
import dossier.source.MetaField;
import dossier.source.PartialDate;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * Highwire Press {@code citation_*} meta tags (read by Google Scholar and by reference managers
 * such as Zotero) describing a source article. Every known value is given, whatever its
 * provenance: a supplied or inferred value is the editors' best knowledge and is what the
 * reference lists show (marked there, with its basis on the source page; meta tags cannot carry
 * the mark). A missing value is never given, and nothing stands in for it (no id as a title).
 * The publisher is given as citation_journal_title, the field reference managers read as a news
 * article's publication.
 */
final class HighwireTags {
    private HighwireTags() {
    }

    static List<Views.Meta> of(SourceRecord source) {
        List<Views.Meta> tags = new ArrayList<>();
        add(tags, "citation_title", source.title());
        add(tags, "citation_author", source.author());
        source.date().optional().ifPresent(d -> {
            tags.add(new Views.Meta("citation_publication_date", slashed(d)));
            tags.add(new Views.Meta("citation_date", slashed(d)));
        });
        add(tags, "citation_journal_title", source.publisher());
        add(tags, "citation_public_url", source.url());
        add(tags, "citation_language", source.language());
        return List.copyOf(tags);
    }

    private static void add(List<Views.Meta> tags, String name, MetaField<String> field) {
        field.optional().filter(v -> !v.isBlank()).ifPresent(v -> tags.add(new Views.Meta(name, v)));
    }

    /** Highwire's YYYY/MM/DD, cut to the precision known: "2022/07/22", "2023/05", "2026". */
    static String slashed(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> Numbers.padded(date.year(), 4) + "/" + Numbers.padded(date.month(), 2) + "/" + Numbers.padded(date.day(), 2);
            case MONTH -> Numbers.padded(date.year(), 4) + "/" + Numbers.padded(date.month(), 2);
            case YEAR -> Numbers.padded(date.year(), 4);
        };
    }
}
