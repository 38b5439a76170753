package dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Block kinds for text that arrives without markup: photo credits and the captions before them,
 * subheads. Shared by the plain-text and header-text readers.
 *
 * Heuristics (and their limits): a credit is a line starting "Photo:"/"Image:"/"Credit:"; the line
 * just before a credit is its caption when it is one sentence of at most 200 characters that
 * reports no one's words ("said", "told", "according to": the story's sentence, not a caption); a
 * heading is a line of at most 80 characters without closing punctuation that is followed by
 * text. A one-sentence paragraph before a credit will be taken for a caption; a short unpunctuated
 * line of body text for a heading. Both can be overridden in the import manifest.
 */
final class TextBlocks {
    private static final Pattern CREDIT = Pattern.compile("^(Photos?|Image|Picture|Credit|Source)\\s*:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’)]?\\s+[A-Z\"“]");
    private static final Pattern CLOSING = Pattern.compile(".*[.!?:;,\"”’)]$");
    private static final int CAPTION_MAX = 200;
    /** A sentence that reports what someone said is the story's, not a photo's caption. */
    private static final Pattern REPORTS = Pattern.compile("\\b(said|says|told|according to|announced|reported)\\b");
    private static final int HEADING_MAX = 80;

    private TextBlocks() {
    }

    static List<Block> classify(List<String> paragraphs) {
        return classifyBlocks(paragraphs.stream().map(Block::text).toList());
    }

    /** Gives each plain text block its kind; blocks whose kind is already known keep it. */
    static List<Block> classifyBlocks(List<Block> blocks) {
        List<Block> classified = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String next = i + 1 < blocks.size() ? blocks.get(i + 1).text() : null;
            classified.add(block.kind().equals(Block.TEXT) ? new Block(kind(block.text(), next, i > 0), block.text(), block.links()) : block);
        }
        return classified;
    }

    static boolean isCredit(String text) {
        return CREDIT.matcher(text).matches() && text.length() <= HEADING_MAX;
    }

    private static String kind(String text, String next, boolean notFirst) {
        if (isCredit(text)) {
            return Block.CAPTION;
        }
        if (next != null && isCredit(next) && text.length() <= CAPTION_MAX && !SENTENCE_BREAK.matcher(text).find()
                && !REPORTS.matcher(text).find()) {
            return Block.CAPTION;
        }
        if (notFirst && next != null && text.length() <= HEADING_MAX && !CLOSING.matcher(text).matches()
                && Character.isUpperCase(text.codePointAt(0))) {
            return Block.HEADING;
        }
        return Block.TEXT;
    }

    /**
     * Collapses each run of white space (ASCII white space and the no-break spaces U+00A0, U+2007,
     * U+202F) into one space, then strips what {@link String#strip} strips. A loop, not a regular
     * expression: it runs on every paragraph of every archive at every proof.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isCollapsed(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isCollapsed(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                // the first run that is not already a single space: from here on the text changes
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return (out == null ? text : out.toString()).strip();
    }

    /** What the regular expression [\\s\\u00A0\\u2007\\u202F] matched. */
    static boolean isCollapsed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
