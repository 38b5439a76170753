package dossier.render;

import dossier.text.Markup;
import dossier.source.MetaField;
import dossier.source.PartialDate;
import dossier.source.Provenance;
import dossier.source.SourceRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * One citation style for every reference list, after Chicago's notes-bibliography form for news
 * articles: Author. "Title." Publisher, Date. URL. A title the editors supplied is not quoted. Values the source does not state are set in
 * [brackets] with their provenance and basis as a tooltip, as catalogues mark supplied data.
 */
public final class CitationStyle {
    private CitationStyle() {
    }

    /** The reference as escaped HTML. */
    public static String format(SourceRecord source) {
        List<String> parts = new ArrayList<>();
        source.author().optional().ifPresent(a -> parts.add(value(source.author(), a) + "."));
        parts.add(title(source.title()));
        List<String> imprint = new ArrayList<>();
        source.publisher().optional().ifPresent(p -> imprint.add("<i>" + value(source.publisher(), p) + "</i>"));
        imprint.add(date(source.date()));
        parts.add(sentence(String.join(", ", imprint)));
        source.url().optional().ifPresent(u -> parts.add("<a href=\"" + Markup.escape(u) + "\" rel=\"external noopener\">" + Markup.escape(u) + "</a>."));
        source.accessed().optional().ifPresent(a -> parts.add("Accessed " + value(source.accessed(), a.display()) + "."));
        return String.join(" ", parts);
    }

    /** Ends a part with a full stop unless it already has one ("n.d."). */
    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    /** A stated title is quoted; a descriptive title supplied by the editors is not the source's, so it is only bracketed. */
    private static String title(MetaField<String> title) {
        if (!title.isKnown()) {
            return "[Untitled].";
        }
        String text = value(title, title.value());
        return title.provenance() == Provenance.SUPPLIED ? text + "." : "“" + text + ".”";
    }

    private static String date(MetaField<PartialDate> date) {
        return date.isKnown() ? value(date, date.value().display()) : "n.d.";
    }

    /** Why the editors hold a value they supplied or inferred: "inferred: The post's link…". */
    static String basis(MetaField<?> field) {
        return field.provenance().label() + (field.note() == null ? "" : ": " + field.note());
    }

    /** A value as readers see it: an editorial (supplied or inferred) one in [brackets], its basis on hover. */
    static <T> String value(MetaField<T> field, String text) {
        if (!field.isEditorial()) {
            return Markup.escape(text);
        }
        return "<span class=\"editorial\" title=\"" + Markup.escape(basis(field)) + "\">[" + Markup.escape(text) + "]</span>";
    }
}
