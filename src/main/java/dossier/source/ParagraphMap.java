package dossier.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each paragraph of a source record went when the record was derived again: the same text
 * under the same or another number, split into consecutive paragraphs, or lost (its text is not
 * in the new record as a paragraph or a run of them). Texts are compared as excerpts are, and
 * also without the white space between the parts of a split ("…the US." + "China has…" is
 * "…the US.China has…").
 *
 * Paragraphs are aligned in order: the common start and end first, then a longest common
 * subsequence of the rest, then each old paragraph between two aligned ones is matched with the
 * run of new ones that gives its text. A paragraph whose text occurs more than once is ambiguous
 * when, between the nearest paragraphs around it whose texts occur once, the old and the new
 * record hold a different number of copies.
 */
public final class ParagraphMap {
    /** Beyond this many cells, the middle of two records is not aligned (its paragraphs are reported lost). */
    private static final long MAX_CELLS = 4_000_000L;

    /** What became of one paragraph. */
    public sealed interface Fate {
    }

    /** The text is now paragraphs {@code first}–{@code last} ({@code first == last}: one paragraph). */
    public record Kept(int first, int last) implements Fate {
        public boolean isSplit() {
            return last > first;
        }
    }

    /** @param why a sentence on what became of it */
    public record Lost(String why) implements Fate {
    }

    /**
     * The text changed in place: between two paragraphs that were kept, as many paragraphs stand
     * in the old record as in the new, none of them found again, so the n-th is taken to be the n-th
     * (a record edited by hand, restored by regenerating).
     */
    public record Edited(int number) implements Fate {
    }

    /** @param why a sentence on why no one place can be named */
    public record Ambiguous(String why) implements Fate {
    }

    private final List<Fate> fates; // by old number - 1
    private final int newCount;

    private ParagraphMap(List<Fate> fates, int newCount) {
        this.fates = List.copyOf(fates);
        this.newCount = newCount;
    }

    public int oldCount() {
        return fates.size();
    }

    public int newCount() {
        return newCount;
    }

    /** What became of old paragraph {@code n} (1-based); lost when there was no such paragraph. */
    public Fate of(int n) {
        return n >= 1 && n <= fates.size() ? fates.get(n - 1) : new Lost("the record had no ¶" + n);
    }

    /** Whether a paragraph moved or was split (then citations must be renumbered); edits in place move nothing. */
    public boolean moves() {
        if (fates.size() != newCount) {
            return true;
        }
        for (int i = 0; i < fates.size(); i++) {
            Fate f = fates.get(i);
            boolean stays = f instanceof Kept k ? k.first() == i + 1 && k.last() == i + 1 : f instanceof Edited e && e.number() == i + 1;
            if (!stays) {
                return true;
            }
        }
        return false;
    }

    /** Whether every paragraph kept its number and its text (nothing to renumber). */
    public boolean isIdentity() {
        if (fates.size() != newCount) {
            return false;
        }
        for (int i = 0; i < fates.size(); i++) {
            if (!(fates.get(i) instanceof Kept k) || k.first() != i + 1 || k.last() != i + 1) {
                return false;
            }
        }
        return true;
    }

    /** The form in which paragraph texts are compared: as excerpts are, and with no white space at all. */
    public static String key(String text) {
        return MatchText.of(Normalizer.normalize(text, Normalizer.Form.NFC)).replace(" ", "");
    }

    public static ParagraphMap between(List<String> before, List<String> after) {
        List<String> a = before.stream().map(ParagraphMap::key).toList();
        List<String> b = after.stream().map(ParagraphMap::key).toList();
        Fate[] fates = new Fate[a.size()];
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            fates[start] = new Kept(start + 1, start + 1);
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            fates[endA - 1] = new Kept(endB, endB);
            endA--;
            endB--;
        }
        if ((long) (endA - start) * (endB - start) > MAX_CELLS) {
            for (int i = start; i < endA; i++) {
                fates[i] = new Lost("too many paragraphs changed to tell where it went");
            }
        } else {
            alignMiddle(a, b, start, endA, start, endB, fates);
        }
        markAmbiguous(a, b, fates);
        return new ParagraphMap(List.of(fates), b.size());
    }

    /** A longest common subsequence of the middle, then the gaps between its pairs explained as splits. */
    private static void alignMiddle(List<String> a, List<String> b, int a0, int a1, int b0, int b1, Fate[] fates) {
        int n = a1 - a0;
        int m = b1 - b0;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(a0 + i).equals(b.get(b0 + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int gapA = 0;
        int gapB = 0;
        while (i < n && j < m) {
            if (a.get(a0 + i).equals(b.get(b0 + j))) {
                explainGap(a, b, a0 + gapA, a0 + i, b0 + gapB, b0 + j, fates);
                fates[a0 + i] = new Kept(b0 + j + 1, b0 + j + 1);
                i++;
                j++;
                gapA = i;
                gapB = j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        explainGap(a, b, a0 + gapA, a1, b0 + gapB, b1, fates);
    }

    /**
     * Old paragraphs [a0, a1) against new [b0, b1): each old one is a run of consecutive new ones
     * (new paragraphs in between that give no old one's text were added), or lost.
     */
    private static void explainGap(List<String> a, List<String> b, int a0, int a1, int b0, int b1, Fate[] fates) {
        if (a1 - a0 == b1 - b0 && a1 > a0 && noneJoins(a, b, a0, a1, b0, b1)) {
            for (int i = a0; i < a1; i++) {
                fates[i] = new Edited(b0 + (i - a0) + 1);
            }
            return;
        }
        int j = b0;
        for (int i = a0; i < a1; i++) {
            String whole = a.get(i);
            fates[i] = new Lost("its text is not in the new record as one paragraph or a run of them (edited, joined or removed)");
            for (int s = j; s < b1; s++) {
                int end = run(whole, b, s, b1);
                if (end > s) {
                    fates[i] = new Kept(s + 1, end);
                    j = end;
                    break;
                }
            }
        }
    }

    /** Whether no old paragraph of the gap is a run of new ones (then the gap is text edited in place). */
    private static boolean noneJoins(List<String> a, List<String> b, int a0, int a1, int b0, int b1) {
        for (int i = a0; i < a1; i++) {
            for (int s = b0; s < b1; s++) {
                if (run(a.get(i), b, s, b1) > s) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The end of the run of new paragraphs from {@code s} whose texts together are {@code whole}, or {@code s}. */
    private static int run(String whole, List<String> b, int s, int b1) {
        int at = 0;
        int k = s;
        while (k < b1 && at < whole.length() && !b.get(k).isEmpty() && whole.startsWith(b.get(k), at)) {
            at += b.get(k).length();
            k++;
        }
        return at == whole.length() && k > s ? k : s;
    }

    /**
     * A text that occurs more than once: between the nearest paragraphs around a copy whose texts
     * occur once (and were kept), the old and the new record must hold as many copies, or which
     * copy became which cannot be told.
     */
    private static void markAmbiguous(List<String> a, List<String> b, Fate[] fates) {
        Map<String, Integer> oldCount = new HashMap<>();
        a.forEach(k -> oldCount.merge(k, 1, Integer::sum));
        Map<String, List<Integer>> newCopies = new HashMap<>();
        for (int j = 0; j < b.size(); j++) {
            newCopies.computeIfAbsent(b.get(j), k -> new ArrayList<>()).add(j + 1);
        }
        for (int i = 0; i < a.size(); i++) {
            String text = a.get(i);
            if (oldCount.get(text) < 2 || !(fates[i] instanceof Kept kept)) {
                continue;
            }
            int p = i - 1;
            while (p >= 0 && !(oldCount.get(a.get(p)) == 1 && fates[p] instanceof Kept)) {
                p--;
            }
            int q = i + 1;
            while (q < a.size() && !(oldCount.get(a.get(q)) == 1 && fates[q] instanceof Kept)) {
                q++;
            }
            int from = p >= 0 ? ((Kept) fates[p]).last() : 0;
            int to = q < a.size() ? ((Kept) fates[q]).first() : b.size() + 1;
            long olds = 0;
            for (int k = p + 1; k < q; k++) {
                olds += a.get(k).equals(text) ? 1 : 0;
            }
            long news = newCopies.getOrDefault(text, List.of()).stream().filter(j -> j > from && j < to).count();
            if (olds != news) {
                fates[i] = new Ambiguous("its text is the text of " + olds + " paragraphs around there in the record as it was and of "
                        + news + " in the new one (one is ¶" + kept.first() + "), so which copy became which cannot be told");
            }
        }
    }
}
