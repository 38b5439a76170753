package dossier.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dossier.diag.Position;
import dossier.text.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quotations in one commentary paragraph (see {@link QuoteFact}). A quotation is two or
 * more words between straight or curly double quotes; a name in quotes ("[[Chip 4]]") is not one.
 */
final class QuoteFinder {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|\u201C([^\u201D]+)\u201D");
    private static final Pattern SHOWN_WIKI_LINK = Pattern.compile("\\[\\[[^\\]|]*\\|([^\\]]*)]]");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]]*)]]");
    private static final Pattern CITATION = Pattern.compile("\\[@[^\\]]*]");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}\\\\])[*_]+|(?<!\\\\)[*_]+(?![\\p{L}\\p{N}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    /**
     * A speaker and a verb of saying before a quotation in its sentence: "he said", "Xing Haiming
     * told". A pronoun or a capitalised name, so that the report's own voice ("the report says",
     * "the ministry said", which the commentary may quote as the report's words) is not a speaker.
     */
    private static final Pattern SPEAKER = Pattern.compile("(?:\\b(?:he|she|they)|(?<![\\p{L}.])(?!The\\b|It\\b|This\\b|That\\b)"
            + "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})\\s+(?:said|says|told|tells|added|adds|noted|notes|warned|warns"
            + "|cautioned|cautions|claimed|claims|argued|argues|insisted|insists)\\b");
    /** The same after a quotation: '"…" [@key, ¶N], Xing said'. */
    private static final Pattern SPEAKER_AFTER = Pattern.compile("^[\\s,]*(?:\\[@[^\\]]*]\\s*)*,?\\s*(?:he|she|they|(?!The\\b|It\\b|This\\b|That\\b)"
            + "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2})\\s+(?:said|says|told|tells|added|adds|noted|notes|warned|warns"
            + "|cautioned|cautions|claimed|claims|argued|argues|insisted|insists)\\b");
    private static final Pattern BETWEEN_CITATIONS = Pattern.compile("[\\s,;]*");

    private QuoteFinder() {
    }

    /** The paragraph's quotations that are followed by citations; positionOf maps a document offset. */
    static List<QuoteFact> find(Paragraph paragraph, IntFunction<Position> positionOf) {
        if (!hasOpeningQuote(paragraph.getChars())) {
            // most paragraphs quote nothing: no copy of their text and no regular expression run over it to learn it
            return List.of();
        }
        String raw = paragraph.getChars().toString();
        int base = paragraph.getStartOffset();
        List<CitationRef> refs = Nodes.outermost(paragraph, CitationRef.class);
        List<QuoteFact> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(raw);
        while (m.find()) {
            String words = quotedWords(m);
            List<Integer> run = words == null ? List.of() : citationsAfter(m.end(), raw, base, refs);
            if (!run.isEmpty()) {
                quotes.add(new QuoteFact(words, positionOf.apply(base + m.start()), run, spoken(raw, m)));
            }
        }
        return quotes;
    }

    /** Whether {@link #QUOTED} can match at all: it needs a straight or an opening curly quotation mark. */
    private static boolean hasOpeningQuote(BasedSequence chars) {
        // scanned in the body's text, not copied out first: the paragraph's characters lie in its
        // range there (with, at most, the quote and list prefixes between lines, which hold no
        // quotation mark); a mark found is only a reason to run the full search
        String text = chars.getBase() instanceof String body ? body : chars.toString();
        int from = text == chars.getBase() ? chars.getStartOffset() : 0;
        int to = text == chars.getBase() ? chars.getEndOffset() : text.length();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C') {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotations in a front-matter text (an account's speaker, via or omits line), all at the
     * text's position: no citation follows them there, since the account they belong to names it.
     */
    static List<QuoteFact> find(String raw, Position at) {
        List<QuoteFact> quotes = new ArrayList<>();
        Matcher m = QUOTED.matcher(raw);
        while (m.find()) {
            String words = quotedWords(m);
            if (words != null) {
                quotes.add(new QuoteFact(words, at, List.of(), spoken(raw, m)));
            }
        }
        return quotes;
    }

    /** The words in the quotation marks {@code m} found; null for a wiki-link or a single word, which are no quotation. */
    private static String quotedWords(Matcher m) {
        String inner = m.group(1) != null ? m.group(1) : m.group(2);
        String words = words(inner);
        return inner.startsWith("[[") && inner.endsWith("]]") || words.split(" ").length < 2 ? null : words;
    }

    /** Whether the text gives the quotation to a speaker, just before it or just after it. */
    private static boolean spoken(String raw, Matcher m) {
        return SPEAKER.matcher(before(raw, m.start())).find() || SPEAKER_AFTER.matcher(raw.substring(m.end())).find();
    }

    /**
     * The words just before a quotation that may give it to a speaker: back to the last full stop,
     * the last quotation mark (a speaker before an earlier quotation is that one's), or 80
     * characters, whichever is nearest.
     */
    private static String before(String raw, int start) {
        int from = Math.max(Math.max(raw.lastIndexOf(". ", start) + 1, raw.lastIndexOf(".\n", start) + 1), Math.max(0, start - 80));
        for (int i = start - 1; i >= from; i--) {
            char c = raw.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return raw.substring(i + 1, start);
            }
        }
        return raw.substring(from, start);
    }

    /** The ordinals of the citations that directly follow offset {@code from}, separated only by spaces, commas or semicolons. */
    private static List<Integer> citationsAfter(int from, String raw, int base, List<CitationRef> refs) {
        List<Integer> run = new ArrayList<>();
        int end = -1;
        for (CitationRef ref : refs) {
            int at = ref.getStartOffset() - base;
            if (at < from) {
                continue;
            }
            if (end >= 0 && !BETWEEN_CITATIONS.matcher(raw.substring(end, at)).matches()) {
                break;
            }
            for (int i = 0; i < ref.items().size(); i++) {
                run.add(ref.ordinal() + i);
            }
            end = ref.getEndOffset() - base;
        }
        return run;
    }

    /** Markdown source of quoted words as a reader sees them: links by their text, no emphasis marks or escapes. */
    private static String words(String markdown) {
        String text = SHOWN_WIKI_LINK.matcher(markdown).replaceAll("$1");
        text = WIKI_LINK.matcher(text).replaceAll("$1");
        text = CITATION.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return Whitespace.collapse(text);
    }
}
