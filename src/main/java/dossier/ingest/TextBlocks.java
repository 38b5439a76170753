package dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Block kinds for text that arrives without markup: photo credits and the captions before them,
 * subheads. Shared by the plain-text and header-text readers.
 *
 * Heuristics (and their limits): a credit is a line starting "Photo:"/"Image:"/"Credit:"; the line
 * just before a credit is its caption when it is one sentence of at most 200 characters; a
 * heading is a line of at most 80 characters without closing punctuation that is followed by
 * text. A one-sentence paragraph before a credit will be taken for a caption; a short unpunctuated
 * line of body text for a heading. Both can be overridden in the import manifest.
 */
final class TextBlocks {
    private static final Pattern CREDIT = Pattern.compile("^(Photos?|Image|Picture|Credit|Source)\\s*:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’)]?\\s+[A-Z\"“]");
    private static final Pattern CLOSING = Pattern.compile(".*[.!?:;,\"”’)]$");
    private static final int CAPTION_MAX = 200;
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
        if (next != null && isCredit(next) && text.length() <= CAPTION_MAX && !SENTENCE_BREAK.matcher(text).find()) {
            return Block.CAPTION;
        }
        if (notFirst && next != null && text.length() <= HEADING_MAX && !CLOSING.matcher(text).matches()
                && Character.isUpperCase(text.codePointAt(0))) {
            return Block.HEADING;
        }
        return Block.TEXT;
    }

    /** Collapses white space (including no-break spaces) and trims. */
    static String clean(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
