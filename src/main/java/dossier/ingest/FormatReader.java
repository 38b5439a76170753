package dossier.ingest;

/** Reads one raw format. Readers never throw on bad input: they recover what they can and say what they could not. */
public interface FormatReader {

    /** The format's name, recorded in the source record. */
    String format();

    /** Whether this reader recognises the (decoded, LF-normalised, BOM-free) text. */
    boolean accepts(String text);

    ImportedText read(String text);
}
