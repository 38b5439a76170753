package dossier.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain paragraphs: one per line, or, when the text has blank lines between paragraphs, one per
 * blank-line-separated group (hard-wrapped lines joined). The first paragraph is taken as the
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
        List<String> paragraphs = paragraphs(text);
        Map<String, StatedValue> stated = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        if (paragraphs.size() > 1 && HEADLINE.matcher(paragraphs.get(0)).matches()) {
            stated.put("title", new StatedValue(paragraphs.get(0), "First line of the file."));
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        if (paragraphs.isEmpty()) {
            notes.add("the file holds no text");
        }
        return new ImportedText(format(), stated, TextBlocks.classify(paragraphs), notes);
    }

    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        boolean blankSeparated = text.strip().contains("\n\n");
        String[] chunks = blankSeparated ? text.split("\\n\\s*\\n") : text.split("\\n");
        for (String chunk : chunks) {
            String cleaned = TextBlocks.clean(chunk);
            if (!cleaned.isEmpty()) {
                paragraphs.add(cleaned);
            }
        }
        return paragraphs;
    }
}
