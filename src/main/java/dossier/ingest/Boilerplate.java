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

    /** Where one sentence ends and the next begins: a stop, perhaps a closing quote, white space, a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"”’)]?)\\s+(?=[\"“‘]?\\p{Lu})");

    /**
     * Blocks of the article's text that hold a promo among their sentences, cut so that the promo
     * is a block of its own: a paragraph that an extractor ran together with the publisher's
     * advert (or a file with no paragraph breaks at all) must not be excluded whole for one
     * sentence. A promo run is the sentences that advertise plus the sentences next to them that
     * address the reader ("Do you have questions…? Get the answers with…"). A block with links is
     * left whole (its links' places would move), as is a block that is all promo.
     */
    static List<Block> splitPromoRuns(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.kind().equals(Block.TEXT) || !block.links().isEmpty() || promo(block.text()) == null) {
                out.add(block);
                continue;
            }
            // cut where the sentences end, so that each run keeps the text's own characters
            String text = block.text();
            List<int[]> bounds = new ArrayList<>();
            Matcher end = SENTENCE_END.matcher(text);
            int from = 0;
            while (end.find()) {
                bounds.add(new int[] {from, end.start()});
                from = end.end();
            }
            bounds.add(new int[] {from, text.length()});
            String[] sentences = bounds.stream().map(b -> text.substring(b[0], b[1])).toArray(String[]::new);
            boolean[] inPromo = promoRun(sentences);
            int runStart = 0;
            for (int i = 0; i < sentences.length; i++) {
                if (i == sentences.length - 1 || inPromo[i] != inPromo[i + 1]) {
                    out.add(Block.text(text.substring(bounds.get(runStart)[0], bounds.get(i)[1])));
                    runStart = i + 1;
                }
            }
        }
        return out;
    }

    private static boolean[] promoRun(String[] sentences) {
        boolean[] run = new boolean[sentences.length];
        for (int i = 0; i < sentences.length; i++) {
            run[i] = ADVERTISES.matcher(sentences[i]).find() || promo(sentences[i]) != null;
        }
        // a sentence addressing the reader joins the advert next to it, however far the run goes
        for (boolean grew = true; grew; ) {
            grew = false;
            for (int i = 0; i < sentences.length; i++) {
                boolean nextToRun = (i > 0 && run[i - 1]) || (i + 1 < sentences.length && run[i + 1]);
                if (!run[i] && nextToRun && READER.matcher(sentences[i]).find()) {
                    run[i] = true;
                    grew = true;
                }
            }
        }
        // a run is a promo as a block is: it addresses the reader and advertises; else it is the article's
        for (int i = 0; i < sentences.length; ) {
            int j = i;
            while (j < sentences.length && run[j] == run[i]) {
                j++;
            }
            if (run[i] && promo(String.join(" ", java.util.Arrays.copyOfRange(sentences, i, j))) == null) {
                java.util.Arrays.fill(run, i, j, false);
            }
            i = j;
        }
        return run;
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
