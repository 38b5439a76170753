package dossier.publish;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfGlyphsTest {
    @Test
    void charactersNeitherFontHasAreFoundPerSectionAndShownAsASquare() throws IOException {
        Document print = Jsoup.parse("<body><header><h1>Title – “quoted” … ¶ é ß Ж λ</h1></header>"
                + "<main><section class=\"print-page\" id=\"p-a\"><p>TSMC, 台積電, and 무역 (trade)</p></section>"
                + "<section class=\"print-page\" id=\"p-b\"><p>Only Latin, Greek λ and Cyrillic Ж — € £ ←↑→</p></section></main></body>");
        Map<String, SortedSet<Integer>> missing = PdfGlyphs.markMissing(print);
        assertEquals(List.of("p-a"), List.copyOf(missing.keySet()), "the front matter and p-b are covered");
        assertEquals(List.of(0xBB34, 0xC5ED, 0x53F0, 0x7A4D, 0x96FB).stream().sorted().toList(), List.copyOf(missing.get("p-a")));
        assertEquals("TSMC, □□□, and □□ (trade)", print.getElementById("p-a").text());
        assertTrue(print.getElementById("p-b").text().contains("←↑→"), "left alone");
    }

    @Test
    void theListOfCharactersStopsAtTen() {
        SortedSet<Integer> many = new java.util.TreeSet<>();
        "가나다라마바사아자차카타".codePoints().forEach(many::add);
        String shown = PdfGlyphs.shown(many);
        assertTrue(shown.startsWith("가 (U+AC00), 나 (U+B098)"), shown);
        assertTrue(shown.endsWith(" and 2 more"), shown);
    }
}
