package dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what some text extractors do to web pages: paragraphs, photo credits and subheads run
 * into one another without a break ("…agency reported.Yoon's prudence…", "Photo: cnsphotoWho is
 * behind?In March, …").
 *
 * Heuristics and limits: a paragraph break is assumed where a lowercase letter, digit, '%' or ')'
 * and a full stop, '?' or '!' (and perhaps a closing quote) are followed directly by a capital
 * letter — so "S.Korea" (capital before the stop) is left alone, but a glued abbreviation such as
 * "e.g.The" would be split. A credit "Photo: name" ends where a capital letter starts the next
 * word; the subhead after it ends at '?'/'!' or where the next capitalised word begins.
 */
final class RunInSplitter {
    private static final Pattern CREDIT_RUN_IN = Pattern.compile("^(Photo:\\s?[A-Za-z][a-z]+)(?=[A-Z])(.+)$");
    private static final Pattern HEADING_RUN_IN = Pattern.compile("^(.{1,80}?[?!]|[A-Z][a-z]+(?: [a-z]+){0,8})(?=[A-Z])(.+)$");
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=[a-z0-9%)][.?!][\"”]?)(?=[A-Z])");

    private RunInSplitter() {
    }

    /** The paragraphs, with run-ins split apart; credits (captions) and subheads (headings) become their own blocks. */
    static List<Block> split(List<String> paragraphs) {
        List<Block> out = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String rest = paragraph;
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
            for (String part : GLUED_SENTENCE.split(rest)) {
                if (!part.isBlank()) {
                    out.add(Block.text(part.strip()));
                }
            }
        }
        return out;
    }
}
