package dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text without markup cut into paragraphs, the way decided from the file's shape and said in
 * words for the import's report:
 * <ul>
 * <li>no blank lines: one paragraph per line;</li>
 * <li>blank lines: one paragraph per blank-line-separated group, except that a group of several
 *     lines is joined only when its lines read as one hard-wrapped paragraph (every line but the
 *     last at most {@link #WRAP_MAX} characters, and one of them at least stopping mid-sentence);
 *     a group whose lines each end a sentence, or run longer than a wrap, is one paragraph per
 *     line (a title, a blank line, then one line per paragraph). A credit line always stands alone.</li>
 * </ul>
 * Any of the usual line ends counts: \n, \r\n, a lone \r (old Mac files) and U+2028, U+2029, U+0085.
 */
final class ParagraphSplit {
    /** Lines longer than this were not wrapped by hand or by a mail program (those wrap at 60–80). */
    static final int WRAP_MAX = 100;
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…][\"”’)\\]]*$");

    /**
     * @param how in words, for the report: "split by line", "split at blank lines", …
     */
    record Result(List<String> paragraphs, String how) {
        Result {
            paragraphs = List.copyOf(paragraphs);
        }

        /** "split by line: 14 paragraphs" */
        String report() {
            return report(paragraphs.size());
        }

        /** The same for the paragraphs the article keeps (a headline taken for the title is not one). */
        String report(int kept) {
            return how + ": " + kept + (kept == 1 ? " paragraph" : " paragraphs");
        }
    }

    private ParagraphSplit() {
    }

    static Result of(String text) {
        List<List<String>> groups = groups(text);
        List<String> paragraphs = new ArrayList<>();
        if (groups.size() <= 1) {
            groups.forEach(paragraphs::addAll);
            return new Result(paragraphs, "split by line");
        }
        int joined = 0;
        int byLine = 0;
        for (List<String> lines : groups) {
            if (lines.size() == 1) {
                paragraphs.add(lines.get(0));
            } else if (isWrapped(lines)) {
                paragraphs.add(String.join(" ", lines));
                joined++;
            } else {
                paragraphs.addAll(lines);
                byLine++;
            }
        }
        String how = joined > 0 && byLine > 0 ? "split at blank lines, wrapped lines joined in " + joined + (joined == 1 ? " group" : " groups")
                + " and one paragraph per line in " + byLine
                : joined > 0 ? "split at blank lines, wrapped lines joined"
                : byLine > 0 ? "split at blank lines and by line" : "split at blank lines";
        return new Result(paragraphs, how);
    }

    /**
     * The file's lines, cleaned, in groups between blank lines; no empty group. A loop, not a
     * regular expression: the proof runs it on every plain-text archive at every bake.
     */
    private static List<List<String>> groups(String text) {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && !isLineEnd(text.charAt(end))) {
                end++;
            }
            String cleaned = TextBlocks.clean(text.substring(start, end));
            if (!cleaned.isEmpty()) {
                group.add(cleaned);
            } else if (!group.isEmpty()) {
                groups.add(group);
                group = new ArrayList<>();
            }
            // \r\n is one line end
            start = end + (end + 1 < length && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Whether a group's lines are one paragraph wrapped by hand, not one paragraph each. */
    static boolean isWrapped(List<String> lines) {
        boolean midSentence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (TextBlocks.isCredit(line)) {
                return false;
            }
            if (i < lines.size() - 1) {
                if (line.length() > WRAP_MAX) {
                    return false;
                }
                midSentence |= !ENDS_SENTENCE.matcher(line).matches();
            }
        }
        return midSentence;
    }
}
