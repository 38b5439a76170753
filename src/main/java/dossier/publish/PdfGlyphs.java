package dossier.publish;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The characters of the print edition that the PDF's fonts cannot show: Liberation covers the
 * Latin, Greek and Cyrillic scripts, not Hangul, Chinese or Japanese, and openhtmltopdf sets a
 * character no font has as nothing, so a name in another script would silently be missing from
 * the PDF. Each section of print.html (each page of the site) is asked on its own, so a warning
 * can name the page the characters come from.
 */
final class PdfGlyphs {
    private static TrueTypeFont serif;
    private static TrueTypeFont sans;

    private PdfGlyphs() {
    }

    /** What the PDF shows for a character its fonts lack (openhtmltopdf would set nothing): the white square, which both fonts have. */
    static final String MISSING = "\u25a1";

    /**
     * Replaces every character neither font has with {@link #MISSING}, so that the reader sees
     * something is missing; @return per section, the characters replaced.
     */
    static Map<String, SortedSet<Integer>> markMissing(Document print) throws IOException {
        Map<String, SortedSet<Integer>> missing = missing(print);
        SortedSet<Integer> all = new TreeSet<>();
        missing.values().forEach(all::addAll);
        if (!all.isEmpty()) {
            for (org.jsoup.nodes.TextNode text : print.body().select("*").textNodes()) {
                String whole = text.getWholeText();
                if (whole.codePoints().anyMatch(all::contains)) {
                    StringBuilder marked = new StringBuilder(whole.length());
                    whole.codePoints().forEach(c -> {
                        if (all.contains(c)) {
                            marked.append(MISSING);
                        } else {
                            marked.appendCodePoint(c);
                        }
                    });
                    text.text(marked.toString());
                }
            }
        }
        return missing;
    }

    /** Per section id of print.html (and "" for what precedes the sections), the characters neither font has. */
    static Map<String, SortedSet<Integer>> missing(Document print) throws IOException {
        Map<String, SortedSet<Integer>> missing = new LinkedHashMap<>();
        SortedSet<Integer> front = lacking(print.select("body > header, body > nav").text());
        if (!front.isEmpty()) {
            missing.put("", front);
        }
        for (Element section : print.select("section.print-page[id]")) {
            SortedSet<Integer> lacking = lacking(section.text());
            if (!lacking.isEmpty()) {
                missing.put(section.id(), lacking);
            }
        }
        return missing;
    }

    private static SortedSet<Integer> lacking(String text) throws IOException {
        SortedSet<Integer> lacking = new TreeSet<>();
        text.codePoints().distinct().filter(c -> c > 0x7e && !Character.isWhitespace(c) && !Character.isISOControl(c)
                && Character.getType(c) != Character.FORMAT).forEach(c -> {
                    try {
                        if (!has(serif(), c) && !has(sans(), c)) {
                            lacking.add(c);
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        return lacking;
    }

    private static boolean has(TrueTypeFont font, int codePoint) throws IOException {
        return font.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
    }

    /** "한 (U+D55C), 국 (U+AD6D)", at most ten, then how many more. */
    static String shown(SortedSet<Integer> codePoints) {
        StringBuilder s = new StringBuilder();
        int n = 0;
        for (int c : codePoints) {
            if (n == 10) {
                return s.append(" and ").append(codePoints.size() - 10).append(" more").toString();
            }
            s.append(n++ == 0 ? "" : ", ").appendCodePoint(c).append(String.format(" (U+%04X)", c));
        }
        return s.toString();
    }

    private static synchronized TrueTypeFont serif() throws IOException {
        if (serif == null) {
            serif = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.ttf("/liberation/LiberationSerif-Regular.ttf")));
        }
        return serif;
    }

    private static synchronized TrueTypeFont sans() throws IOException {
        if (sans == null) {
            sans = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.ttf("/liberation/LiberationSans-Regular.ttf")));
        }
        return sans;
    }
}
