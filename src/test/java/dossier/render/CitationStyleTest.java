package dossier.render;

import dossier.diag.Position;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.Provenance;
import dossier.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationStyleTest {

    private static <T> MetaField<T> stated(T value) {
        return new MetaField<>(value, Provenance.STATED, null);
    }

    private static MetaField<PartialDate> date(String iso, Provenance provenance, String note) {
        return new MetaField<>(PartialDate.parse(iso).orElseThrow(), provenance, note);
    }

    private static SourceRecord record(MetaField<String> author, MetaField<String> title, MetaField<String> publisher,
                                       MetaField<PartialDate> date, MetaField<String> url, MetaField<PartialDate> accessed) {
        return new SourceRecord("s", "content/sources/s.yml", new Position(1, 5), "content/sources/s.original.txt",
                "0".repeat(64), "html", title, publisher, author, date, url, stated("en"), accessed, false,
                List.of(new Paragraph(1, Paragraph.TEXT, "Text.", null)));
    }

    @Test
    void statedValuesArePlain() {
        SourceRecord s = record(stated("Kim Ji-hoon"), stated("Trade status restored"), stated("Example News"),
                date("2022-07-22", Provenance.STATED, null), stated("https://example.org/trade"),
                date("2024-01", Provenance.STATED, null));
        assertEquals("Kim Ji-hoon. \u201CTrade status restored.\u201D <i>Example News</i>, 22 July 2022. "
                + "<a href=\"https://example.org/trade\" rel=\"external noopener\">https://example.org/trade</a>. Accessed January 2024.",
                CitationStyle.format(s));
    }

    @Test
    void inferredAndSuppliedValuesAreBracketedWithTheirProvenanceAndNote() {
        SourceRecord s = record(MetaField.missing("No byline."),
                new MetaField<>("Trade status restored", Provenance.SUPPLIED, "The file has no headline."),
                new MetaField<>("Example News", Provenance.INFERRED, "Site header."),
                date("2023-04", Provenance.INFERRED, "From the dateline."),
                MetaField.missing("Not known."), MetaField.missing("Not recorded."));
        assertEquals("<span class=\"editorial\" title=\"supplied: The file has no headline.\">[Trade status restored]</span>. "
                + "<i><span class=\"editorial\" title=\"inferred: Site header.\">[Example News]</span></i>, "
                + "<span class=\"editorial\" title=\"inferred: From the dateline.\">[April 2023]</span>.",
                CitationStyle.format(s));
    }

    @Test
    void anInferredTitleIsStillQuotedButBracketed() {
        SourceRecord s = record(MetaField.missing("n"), new MetaField<>("Chips", Provenance.INFERRED, "From the URL."),
                MetaField.missing("n"), date("2026", Provenance.STATED, null), MetaField.missing("n"), MetaField.missing("n"));
        assertEquals("\u201C<span class=\"editorial\" title=\"inferred: From the URL.\">[Chips]</span>.\u201D 2026.", CitationStyle.format(s));
    }

    @Test
    void editorialValueWithoutNoteShowsTheProvenanceAlone() {
        SourceRecord s = record(new MetaField<>("Lee", Provenance.SUPPLIED, null), stated("T"), MetaField.missing("n"),
                date("2023", Provenance.STATED, null), MetaField.missing("n"), MetaField.missing("n"));
        assertEquals("<span class=\"editorial\" title=\"supplied\">[Lee]</span>. \u201CT.\u201D 2023.", CitationStyle.format(s));
    }

    @Test
    void missingDateIsNdAndMissingTitleIsUntitled() {
        SourceRecord s = record(MetaField.missing("n"), MetaField.missing("n"), stated("Example News"),
                MetaField.missing("No date in the file."), MetaField.missing("n"), MetaField.missing("n"));
        String formatted = CitationStyle.format(s);
        assertEquals("[Untitled]. <i>Example News</i>, n.d.", formatted);
        assertFalse(formatted.contains("No date"), "the note of a missing value is not shown: " + formatted);
    }

    @Test
    void htmlSpecialCharactersAreEscapedEverywhere() {
        SourceRecord s = record(stated("Smith & <b>Wesson</b>"), stated("\"Chips\" & 'minerals' <script>"),
                new MetaField<>("A&B <News>", Provenance.SUPPLIED, "From \"About\" & <meta>"),
                date("2023-05-01", Provenance.STATED, null), stated("https://example.org/a?x=1&y=\"2\"<"),
                MetaField.missing("n"));
        assertEquals("Smith &amp; &lt;b&gt;Wesson&lt;/b&gt;. "
                + "\u201C&quot;Chips&quot; &amp; &#39;minerals&#39; &lt;script&gt;.\u201D "
                + "<i><span class=\"editorial\" title=\"supplied: From &quot;About&quot; &amp; &lt;meta&gt;\">[A&amp;B &lt;News&gt;]</span></i>, 1 May 2023. "
                + "<a href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;&lt;\" rel=\"external noopener\">https://example.org/a?x=1&amp;y=&quot;2&quot;&lt;</a>.",
                CitationStyle.format(s));
    }
}
