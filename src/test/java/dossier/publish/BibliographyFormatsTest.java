package dossier.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.diag.Position;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.PartialDate;
import dossier.source.Provenance;
import dossier.source.SourceRecord;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile metadata survives each bibliography format intact, read back with real parsers. */
class BibliographyFormatsTest {
    private static final String TITLE = "50% of R&D {budgets} go to C#_plus ~ \\\"chips\\\" at $5^2 —\nsays “Kim”";

    private static SourceRecord record() {
        return new SourceRecord("hostile-1", "content/sources/hostile-1.yml", Position.START, "content/sources/hostile-1.original.txt",
                "0".repeat(64), "plain-text",
                new MetaField<>(TITLE, Provenance.STATED, null),
                new MetaField<>("The Example {Times}", Provenance.INFERRED, "From the masthead; \"the Times\"."),
                new MetaField<>("Kim, Ji-hoon and Lee", Provenance.STATED, null),
                new MetaField<>(PartialDate.parse("2024-03").orElseThrow(), Provenance.SUPPLIED, "From the print edition."),
                new MetaField<>("https://example.org/a?b=1&c=%20#x", Provenance.STATED, null),
                new MetaField<>("ko", Provenance.STATED, null),
                MetaField.missing("Not recorded."), false,
                List.of(new Paragraph(1, Paragraph.TEXT, "Text.", null)));
    }

    @Test
    void bibTeXEscapesEverythingLaTeXWouldReadAsMarkup() throws Exception {
        String bib = BibTeX.write(List.of(record()));
        BibTeXParser parser = new BibTeXParser();
        BibTeXDatabase db = parser.parse(new StringReader(bib));
        assertEquals(List.of(), parser.getExceptions());
        BibTeXEntry e = db.getEntries().get(new Key("hostile-1"));
        assertEquals(BibTeXEntry.TYPE_ARTICLE, e.getType());
        assertEquals(TITLE.replace('\n', ' '), plain(e.getField(BibTeXEntry.KEY_TITLE).toUserString()));
        assertEquals("The Example {Times}", plain(e.getField(BibTeXEntry.KEY_JOURNAL).toUserString()));
        assertEquals("{Kim, Ji-hoon and Lee}", e.getField(BibTeXEntry.KEY_AUTHOR).toUserString(), "one literal name, not three");
        assertEquals("March", e.getField(BibTeXEntry.KEY_MONTH).toUserString());
        assertEquals(null, e.getField(new Key("day")));
        assertTrue(plain(e.getField(BibTeXEntry.KEY_NOTE).toUserString())
                .contains("Publisher inferred by the editors (not stated in the source): From the masthead; \"the Times\"."));
    }

    private static String plain(String latex) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }

    @Test
    void risValuesStayOnOneLine() {
        String ris = Ris.write(List.of(record()));
        for (String line : ris.split("\r\n")) {
            assertTrue(line.isEmpty() || line.matches("[A-Z][A-Z0-9]  - .*"), line);
        }
        assertTrue(ris.contains("TI  - " + TITLE.replace('\n', ' ') + "\r\n"));
        assertTrue(ris.contains("PY  - 2024\r\nDA  - 2024/03//\r\n"));
        assertFalse(ris.contains("Y2  - "), "no access date when it is missing");
    }

    @Test
    void cslJsonRoundTripsThroughAJsonParser() throws Exception {
        JsonNode item = new ObjectMapper().readTree(CslJson.write(List.of(record()))).get(0);
        assertEquals(TITLE, item.get("title").asText());
        assertEquals("[[2024,3]]", item.get("issued").get("date-parts").toString());
        assertEquals("Kim, Ji-hoon and Lee", item.get("author").get(0).get("literal").asText());
        assertEquals("https://example.org/a?b=1&c=%20#x", item.get("URL").asText());
        assertFalse(item.has("accessed"));
    }

    @Test
    void jsonEscapesControlAndSeparatorCharacters() throws Exception {
        String json = Json.write(Map.of("k", "a\u0001b\u2028c\"d\\e\tf"));
        assertTrue(json.contains("\\u0001") && json.contains("\\u2028"));
        assertEquals("a\u0001b\u2028c\"d\\e\tf", new ObjectMapper().readTree(json).get("k").asText());
    }
}
