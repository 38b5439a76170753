package dossier.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text with a metadata header ("Title: …", "Published Time: …", "Author: …", "URL Source: …")
 * ending in a "Text:" (or "Markdown Content:") line, as web-to-text tools write it. The body's
 * paragraphs are often run together; {@link RunInSplitter} separates them.
 */
final class HeaderTextReader implements FormatReader {
    private static final Pattern FIELD = Pattern.compile("^([A-Z][A-Za-z0-9 ]{1,30}):\\s?(.*)$");
    private static final Pattern FIRST_FIELD = Pattern.compile("^(Title|Published Time|URL Source|Author|Date):.*");
    private static final Pattern BODY_START = Pattern.compile("^(Text|Markdown Content|Content):\\s?(.*)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");
    private static final String NOT_FOUND = "details not found";

    @Override
    public String format() {
        return "header-text";
    }

    @Override
    public boolean accepts(String text) {
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        if (!FIELD.matcher(firstLine).matches() || !FIRST_FIELD.matcher(firstLine).matches()) {
            return false; // without the header the body line is not looked for
        }
        String[] lines = text.split("\\n", 30);
        boolean body = false;
        for (String line : lines) {
            body |= BODY_START.matcher(line).matches();
        }
        return body;
    }

    @Override
    public ImportedText read(String text) {
        Map<String, StatedValue> stated = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String[] lines = text.split("\\n", -1);
        int i = 0;
        List<String> body = new ArrayList<>();
        for (; i < lines.length; i++) {
            Matcher start = BODY_START.matcher(lines[i]);
            if (start.matches()) {
                body.add(start.group(2));
                i++;
                break;
            }
            Matcher field = FIELD.matcher(lines[i]);
            if (field.matches()) {
                header(field.group(1), field.group(2).strip(), stated, notes);
            }
        }
        for (; i < lines.length; i++) {
            body.add(lines[i]);
        }
        ParagraphSplit.Result split = ParagraphSplit.of(String.join("\n", body));
        List<Block> blocks = RunInSplitter.split(split.paragraphs());
        notes.add(blocks.isEmpty() ? "the file has a header but no text after it" : split.report(blocks.size()));
        return new ImportedText(format(), stated, TextBlocks.classifyBlocks(blocks), notes);
    }

    private static void header(String name, String value, Map<String, StatedValue> stated, List<String> notes) {
        if (value.isEmpty() || value.toLowerCase(Locale.ROOT).contains(NOT_FOUND)) {
            return;
        }
        String where = "Header field \"" + name + "\".";
        switch (name) {
            case "Title" -> stated.put("title", new StatedValue(value, where));
            case "Author" -> stated.put("author", new StatedValue(value, where));
            case "URL Source", "URL" -> stated.put("url", new StatedValue(value, where));
            case "Published Time", "Date" -> {
                Matcher date = DATE.matcher(value);
                if (date.matches()) {
                    stated.put("date", new StatedValue(date.group(1), "Header field \"" + name + ": " + value + "\"."));
                } else {
                    notes.add("the header's date \"" + value + "\" is not an ISO date and was not used");
                }
            }
            default -> {
                // other header fields (categories, author title) are not metadata we record
            }
        }
    }
}
