package dossier.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags blocks that are in the file but not part of the article. Flagged blocks are kept and
 * excluded with a reason; the contributor sees them in import's report and can override them in
 * the import manifest.
 *
 * <ul>
 * <li><b>Promo</b>: a block that addresses the reader ("you", "your") and advertises the publisher
 * (subscribe, newsletter, "our new platform", "get the answers with", app downloads…), or is
 * nothing but "Advertisement". Limit: a promo in the third person is missed; an article quoting
 * such a line would be flagged.</li>
 * <li><b>Appended story</b>: scrapers often append teasers of other stories after the article.
 * They are recognised as the trailing run of blocks that end mid-sentence (the teaser was cut
 * off), and any block from a headline kicker ("FLEXIBLE: …", all capitals and a colon) onwards.
 * Limit: an article whose own last paragraph is cut off is flagged too; an appended story that
 * ends with a full stop and has no kicker is missed.</li>
 * </ul>
 */
final class Boilerplate {
    private static final Pattern READER = Pattern.compile("\\b(you|your)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADVERTISES = Pattern.compile(
            "\\b(subscribe|subscription|sign up|newsletter|download (our|the) app|follow us|get the answers"
                    + "|our new platform|brought to you by|click here|read more|award-winning team|curated content)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KICKER = Pattern.compile("^([A-Z][A-Z0-9 &'-]{2,30}):\\s+\\S.*");
    private static final Pattern COMPLETE = Pattern.compile(".*[.!?…][\"”’)]*$|.*[\"”’]$");
    private static final int SNIPPET = 24;

    private Boilerplate() {
    }

    /** Why a block is not part of the article: its kind ("promo", "appended") and the reason. */
    record Verdict(String kind, String reason) {
    }

    /** A verdict for each block, null where it belongs to the article; same order as the blocks. */
    static List<Verdict> verdicts(List<Block> blocks) {
        Verdict[] verdicts = new Verdict[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            String promo = promo(blocks.get(i).text());
            verdicts[i] = promo == null ? null : new Verdict(Block.PROMO, promo);
        }
        int firstKicker = -1;
        for (int i = 1; i < blocks.size() && firstKicker < 0; i++) {
            if (KICKER.matcher(blocks.get(i).text()).matches()) {
                firstKicker = i;
            }
        }
        int tail = blocks.size();
        while (tail > 1 && isCutOff(blocks.get(tail - 1))) {
            tail--;
        }
        int appendedFrom = firstKicker < 0 ? tail : Math.min(firstKicker, tail);
        for (int i = appendedFrom; i < blocks.size(); i++) {
            if (verdicts[i] == null) {
                verdicts[i] = new Verdict(Block.APPENDED, appended(blocks.get(i).text()));
            }
        }
        return Arrays.asList(verdicts);
    }

    private static String promo(String text) {
        if (text.strip().equalsIgnoreCase("advertisement")) {
            return "Advertisement marker; not part of the article.";
        }
        if (!mayAddressReader(text) || !READER.matcher(text).find()) {
            return null;
        }
        Matcher advertises = ADVERTISES.matcher(text);
        if (advertises.find()) {
            return "Publisher promo (addresses the reader and advertises: \"" + advertises.group() + "\"); not part of the article.";
        }
        return null;
    }

    /**
     * Whether the text holds "you" in any ASCII case, as every match of {@link #READER} does:
     * most paragraphs do not, and this loop rules them out without running the expression.
     */
    static boolean mayAddressReader(String text) {
        for (int i = 0; i + 2 < text.length(); i++) {
            // c | 0x20 is 'y' only for 'y' and 'Y' (and so for 'o', 'u'): the pattern's ASCII case-insensitivity
            if ((text.charAt(i) | 0x20) == 'y' && (text.charAt(i + 1) | 0x20) == 'o' && (text.charAt(i + 2) | 0x20) == 'u') {
                return true;
            }
        }
        return false;
    }

    private static String appended(String text) {
        Matcher kicker = KICKER.matcher(text);
        List<String> why = new ArrayList<>();
        if (kicker.matches()) {
            why.add("starts with the headline kicker \"" + kicker.group(1) + ":\"");
        }
        if (!COMPLETE.matcher(text).matches()) {
            why.add("ends mid-sentence (\"…" + text.substring(Math.max(0, text.length() - SNIPPET)).strip() + "\")");
        }
        return "Appended story after the article's last complete paragraph: " + String.join(" and ", why)
                + "; not part of the article.";
    }

    private static boolean isCutOff(Block block) {
        return block.kind().equals(Block.TEXT) && !COMPLETE.matcher(block.text()).matches();
    }
}
