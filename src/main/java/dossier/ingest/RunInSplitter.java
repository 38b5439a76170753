package dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what some text extractors do to web pages: paragraphs, photo credits and subheads run
 * into one another without a break ("…agency reported.Yoon's prudence…", "…closer than the
 * US.China has been…", "Photo: cnsphotoWho is behind?In March, …").
 *
 * Heuristics and limits: a paragraph break is assumed where a full stop, '?' or '!' (and perhaps a
 * closing quote) is followed directly, with no space, by a capital letter, and what stands before
 * the stop is
 * <ul>
 * <li>a lowercase letter, digit, '%' or ')' ("reported.Yoon's"), unless the word is a title that
 *     stands before a name ("Mr.Kim", "Dr.Lee", "St.Louis", "No.1"): those are never split; or</li>
 * <li>an all-capital word of two letters or more ("US", "EU", "SMIC") that is not itself part of a
 *     dotted abbreviation, and the capital after the stop begins a word in lowercase
 *     ("US.China has"): so "U.S.China", "S.Korea", "J.P.Morgan" (one capital before the stop),
 *     "U.S.-China", "U.S. President" and "No. 1" (no capital directly after) and "US.A" or
 *     "NATO.NATO" (no lowercase after the capital) are left alone.</li>
 * </ul>
 * Never where the word after the stop holds a stop of its own followed by a letter ("Ph.D.Thesis",
 * "www.US.Gov"): a dotted name, not the start of a paragraph.
 * A glued abbreviation that does end a sentence's word in lowercase, such as "e.g.The" or
 * "Inc.The", is split too. A credit "Photo: name" ends where a capital letter starts the next
 * word; the subhead after it ends at '?'/'!' or where the next capitalised word begins. A kicker
 * glued after a credit with a space ("Photo: AP What comes next?") is split off as a heading
 * when it is a question or exclamation opening with a question word.
 */
final class RunInSplitter {
    /**
     * A credit line with the next section's kicker glued after it ("Photo: AP What comes next?"):
     * the kicker is the trailing question or exclamation that starts with a question word.
     */
    private static final Pattern KICKER_AFTER_CREDIT = Pattern.compile("^((?:Photos?|Image|Picture|Credit)\\s*:.{1,60}?)"
            + "\\s*((?:What|Why|How|Who|When|Where|Which|Is|Are|Can|Could|Will|Would|Does|Do|Did|Should)\\b[^.?!]{0,70}[?!])$");
    private static final Pattern CREDIT_RUN_IN = Pattern.compile("^(Photo:\\s?[A-Za-z][a-z]+)(?=[A-Z])(.+)$");
    private static final Pattern HEADING_RUN_IN = Pattern.compile("^(.{1,80}?[?!]|[A-Z][a-z]+(?: [a-z]+){0,8})(?=[A-Z])(.+)$");
    /** A stop (perhaps with a closing quote) directly followed by a capital: a candidate break, after group 1. */
    private static final Pattern CANDIDATE = Pattern.compile("([.?!][\"”]?)(?=\\p{Lu})");
    /** Words written with a stop before a name or a number; a capital after them is not a new paragraph. */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Mt", "Gen", "Sen", "Rep",
            "Gov", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Rev", "Hon", "Pres", "No", "Nos", "Vol", "Fig");

    private RunInSplitter() {
    }

    /** The paragraphs, with run-ins split apart; credits (captions) and subheads (headings) become their own blocks. */
    static List<Block> split(List<String> paragraphs) {
        List<Block> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String rest = paragraph;
            Matcher kicker = KICKER_AFTER_CREDIT.matcher(rest);
            if (kicker.matches()) {
                out.add(new Block(Block.CAPTION, kicker.group(1).strip()));
                out.add(new Block(Block.HEADING, kicker.group(2)));
                continue;
            }
            Matcher credit = CREDIT_RUN_IN.matcher(rest);
            if (credit.matches()) {
                out.add(new Block(Block.CAPTION, credit.group(1)));
                rest = credit.group(2);
                Matcher heading = HEADING_RUN_IN.matcher(rest);
                if (heading.matches()) {
                    out.add(new Block(Block.HEADING, heading.group(1)));
                    rest = heading.group(2);
                }
            }
            for (String part : sentences(rest)) {
                if (!part.isBlank()) {
                    out.add(Block.text(part.strip()));
                }
            }
        }
        return out;
    }

    /** The text cut at every run-in break (the stop stays with the text before it). */
    static List<String> sentences(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        int from = 0;
        while (m.find()) {
            int cut = m.end(1);
            if (m.start(1) > 0 && isBreak(text, m.start(1), cut)) {
                parts.add(text.substring(from, cut));
                from = cut;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** Whether the stop at {@code stop} (the next word starting at {@code next}) ends a paragraph. */
    private static boolean isBreak(String text, int stop, int next) {
        if (dotted(text, next)) {
            return false; // "Ph.D.Thesis", "www.US.Gov": the word after the stop is itself an abbreviation or a name with dots
        }
        char before = text.charAt(stop - 1);
        int wordStart = stop;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, stop);
        if (Character.isLowerCase(before) || Character.isDigit(before) || before == '%' || before == ')') {
            return !(TITLES.contains(word) && text.charAt(stop) == '.');
        }
        if (!Character.isUpperCase(before) || word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        // "U.S" before the stop: part of a dotted abbreviation, never a run-in
        if (wordStart > 0 && (text.charAt(wordStart - 1) == '.' || Character.isLetterOrDigit(text.charAt(wordStart - 1)))) {
            return false;
        }
        return next + 1 < text.length() && Character.isLowerCase(text.charAt(next + 1));
    }

    /** Whether the word starting at {@code from} holds a stop followed by a letter before the next space. */
    private static boolean dotted(String text, int from) {
        for (int i = from; i + 1 < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
