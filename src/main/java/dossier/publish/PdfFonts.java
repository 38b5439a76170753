package dossier.publish;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Liberation TrueType fonts dossier.pdf embeds, read once from the class path. Their GSUB
 * table is hidden (its tag renamed): PDFBox 3 applies it to every string it writes, compiling a
 * regular expression each time (two thirds of a warm render of the shipped dossier), while
 * openhtmltopdf measured the text without it, so a substitution could only make a line wider than
 * laid out. The table is not among those PDFBox's subsetter copies: the embedded fonts, and the
 * shipped dossier's PDF, are the same bytes with or without the rename.
 *
 * <p>{@link #MAPPER} replaces PDFBox's font mapper, which scans the system's font folders and
 * writes a cache of them in the home folder the first time a font not in the PDF is asked for
 * (openhtmltopdf sets up the base-14 fonts it never uses here): every such font is Liberation Sans.
 */
final class PdfFonts {
    private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

    private static final String FALLBACK = "/liberation/LiberationSans-Regular.ttf";

    /** For PDFBox's fonts outside the document: Liberation Sans, from the class path, never a system font. */
    static final FontMapper MAPPER = new FontMapper() {
        private TrueTypeFont fallback;

        private synchronized TrueTypeFont fallback() {
            if (fallback == null) {
                try {
                    fallback = new TTFParser().parse(new RandomAccessReadBuffer(ttf(FALLBACK)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return fallback;
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(fallback(), true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(fallback(), true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
            return new CIDFontMapping(null, fallback(), true);
        }
    };

    private PdfFonts() {
    }

    /** The font at {@code resource} (a class path name) without a visible GSUB table. */
    static byte[] ttf(String resource) throws IOException {
        byte[] cached = LOADED.get(resource);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is not on the class path");
            }
            byte[] font = withoutGsub(in.readAllBytes());
            LOADED.put(resource, font);
            return font;
        }
    }

    /** Renames the GSUB entry of the table directory (OpenType: 12-byte header, 16-byte records). */
    static byte[] withoutGsub(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 <= font.length && new String(font, record, 4, StandardCharsets.ISO_8859_1).equals("GSUB")) {
                font[record] = 'g';
                font[record + 1] = 's';
                font[record + 2] = 'u';
                font[record + 3] = 'b';
            }
        }
        return font;
    }
}
