package dossier.ingest;

import java.util.List;

/** The format readers, most specific first; plain text accepts anything and comes last. */
final class Formats {
    private static final List<FormatReader> READERS = List.of(
            new WordPressJsonReader(),
            new HtmlPageReader(),
            new HeaderTextReader(),
            new PlainTextReader());

    private Formats() {
    }

    static FormatReader detect(String text) {
        for (FormatReader reader : READERS) {
            if (reader.accepts(text)) {
                return reader;
            }
        }
        throw new IllegalStateException("plain text accepts everything");
    }
}
