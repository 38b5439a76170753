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
        int start = 0;
        while (start <= text.length()) {
            int end = blankSeparated ? blankLines(text, start) : lineEnd(text, start);
            String cleaned = TextBlocks.clean(text.substring(start, end));
            if (!cleaned.isEmpty()) {
                paragraphs.add(cleaned);
            }
            start = blankSeparated ? afterBlankLines(text, end) : end + 1;
        }
        return paragraphs;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /**
     * Where the next break between blank-line-separated paragraphs starts: a run of ASCII white
     * space holding two line ends or more (what splitting at \n\s*\n cut at). Whatever white
     * space of the run stays with a paragraph is cleaned away.
     */
    private static int blankLines(String text, int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int end = i + 1;
            while (end < text.length() && isAsciiSpace(text.charAt(end))) {
                if (text.charAt(end) == '\n') {
                    return i;
                }
                end++;
            }
            i = text.indexOf('\n', end);
        }
        return text.length();
    }

    /** The end of the run of white space that a break starts with; past the text when there is none. */
    private static int afterBlankLines(String text, int breakAt) {
        int end = breakAt;
        while (end < text.length() && isAsciiSpace(text.charAt(end))) {
            end++;
        }
        return end < text.length() ? end : text.length() + 1;
    }

    /** What \s matches in a regular expression. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
