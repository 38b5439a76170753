package dossier.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain paragraphs, cut as the text's shape says ({@link ParagraphSplit}: by line, at blank lines,
 * hard-wrapped lines joined). The first paragraph is taken as the
 * title when it reads like a headline: no closing punctuation, at most 200 characters, followed
 * by more text. This reader accepts anything; it is tried last.
 */
final class PlainTextReader implements FormatReader {
    private static final Pattern HEADLINE = Pattern.compile("^[\"“‘']?[\\p{Lu}\\d].{0,199}(?<![.!?:;,])$");

    @Override
    public String format() {
        return "plain-text";
    }

    @Override
    public boolean accepts(String text) {
        return true;
    }

    @Override
    public ImportedText read(String text) {
        ParagraphSplit.Result split = ParagraphSplit.of(text);
        List<String> paragraphs = split.paragraphs();
        Map<String, StatedValue> stated = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        if (paragraphs.size() > 1 && HEADLINE.matcher(paragraphs.get(0)).matches()) {
            stated.put("title", new StatedValue(paragraphs.get(0), "First line of the file."));
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        // run-ins ("…the US.China has…", "Photo: cnsphotoWho is behind?") as text extractors leave them
        List<Block> blocks = RunInSplitter.split(paragraphs);
        notes.add(paragraphs.isEmpty() ? "the file holds no text" : split.report(blocks.size()));
        return new ImportedText(format(), stated, TextBlocks.classifyBlocks(blocks), notes);
    }

    /** The paragraphs, cut as {@link ParagraphSplit} decides from the text's shape. */
    static List<String> paragraphs(String text) {
        return ParagraphSplit.of(text).paragraphs();
    }
}
