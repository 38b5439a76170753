package dossier.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of citations, for inline citations, excerpt keys and front-matter {@code source}
 * values alike, in the Pandoc manner: {@code [@key]}, {@code [@key, ¶7]}, several in one bracket
 * separated by semicolons ({@code [@a, ¶1; @b, ¶4]}) and paragraph ranges ({@code ¶3–4},
 * {@code ¶¶3-4}). "para. 7" is read as ¶7; "p7", "p. 7" or a bare number are not (a page, in
 * most citation styles), and the message says how to type ¶.
 */
public final class CitationGrammar {
    /** Loose on purpose: a malformed item still makes the bracket a citation, so that it is reported rather than printed. */
    static final Pattern BRACKET = Pattern.compile("\\[(@[^\\]\\[]*)]");
    /** The locator is taken greedily and stripped after: a lazy one before "\\s*" took quadratic time on a run of spaces. */
    private static final Pattern ITEM = Pattern.compile("\\s*@([^\\s,;\\]\\[]+)\\s*(?:,(.*))?", Pattern.DOTALL);
    private static final String DASH = "\\s*[-–—]\\s*";
    private static final Pattern PILCROW = Pattern.compile("¶¶?\\s*(\\d+)(?:" + DASH + "¶?\\s*(\\d+))?");
    private static final Pattern PARA = Pattern.compile("(?:para|paras|paragraph|paragraphs)\\.?\\s*(\\d+)(?:" + DASH + "(\\d+))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_LIKE = Pattern.compile("(?:pp?\\.?\\s*)?(\\d+)(?:" + DASH + "\\d+)?", Pattern.CASE_INSENSITIVE);
    private static final String HOW_TO_TYPE = "¶ is Option+7 on a Mac, AltGr+R on many Linux keyboard layouts, Alt+0182 on Windows";

    /** Far more paragraphs than any article has; a larger number is a typing slip, and would not fit an int. */
    public static final int MAX_PARAGRAPH = 100_000;

    private CitationGrammar() {
    }

    /** The digits' value (ASCII digits, as \\d matches), or MAX_PARAGRAPH + 1 for any number longer than it. */
    private static int paragraphNumber(String digits) {
        int zeros = 0;
        while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
            zeros++; // leading zeros, but the last digit stays: "007" is 7, "000" is 0
        }
        String trimmed = digits.substring(zeros);
        return trimmed.length() > 6 ? MAX_PARAGRAPH + 1 : Integer.parseInt(trimmed);
    }

    /**
     * The items of a citation bracket's inside ("@a, ¶1; @b"); an item that is not "@key…" keeps
     * an empty key and an unreadable locator, to be reported.
     */
    public static List<CitationItem> items(String inside) {
        List<CitationItem> items = new ArrayList<>();
        for (String part : inside.split(";", -1)) {
            Matcher m = ITEM.matcher(part);
            if (m.matches()) {
                String locatorText = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
                items.add(new CitationItem(m.group(1), locatorText, locator(locatorText)));
            } else {
                items.add(new CitationItem("", part.strip(), new Locator.Unreadable(part.strip(),
                        "cannot read '" + part.strip() + "' as a citation: write each one as @source-id, ¶N, separated by ';'")));
            }
        }
        return List.copyOf(items);
    }

    /**
     * Where each item of a bracket's inside has its key and its locator (as {@link #items} reads
     * them, the locator stripped): offsets into {@code inside}, ends exclusive, -1 for what an
     * item does not have. For fixes that replace just the key or just the locator.
     */
    public static List<ItemOffsets> offsets(String inside) {
        List<ItemOffsets> offsets = new ArrayList<>();
        int from = 0;
        for (String part : inside.split(";", -1)) {
            Matcher m = ITEM.matcher(part);
            if (!m.matches()) {
                offsets.add(new ItemOffsets(-1, -1, -1, -1));
            } else if (m.group(2) == null || m.group(2).isBlank()) {
                offsets.add(new ItemOffsets(from + m.start(1), from + m.end(1), -1, -1));
            } else {
                int start = m.start(2);
                int end = m.end(2);
                while (Character.isWhitespace(part.charAt(start))) {
                    start++;
                }
                while (Character.isWhitespace(part.charAt(end - 1))) {
                    end--;
                }
                offsets.add(new ItemOffsets(from + m.start(1), from + m.end(1), from + start, from + end));
            }
            from += part.length() + 1;
        }
        return List.copyOf(offsets);
    }

    /**
     * Where the one citation of a front-matter value ({@link #single}) has its key and locator:
     * offsets into {@code text}, brackets and white space around them counted; empty when the text is not one.
     */
    public static Optional<ItemOffsets> singleOffsets(String text) {
        if (single(text).isEmpty()) {
            return Optional.empty();
        }
        int from = 0;
        while (Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        String inside = text.strip();
        if (inside.startsWith("[") && inside.endsWith("]")) {
            inside = inside.substring(1, inside.length() - 1);
            from++;
        }
        ItemOffsets o = offsets(inside).get(0);
        int shift = from;
        return Optional.of(new ItemOffsets(o.keyStart() + shift, o.keyEnd() + shift,
                o.locatorStart() < 0 ? -1 : o.locatorStart() + shift, o.locatorEnd() < 0 ? -1 : o.locatorEnd() + shift));
    }

    /** Offsets of an item's key and locator in a bracket's inside, ends exclusive; -1 when absent. */
    public record ItemOffsets(int keyStart, int keyEnd, int locatorStart, int locatorEnd) {
    }

    /**
     * A citation written as a front-matter value: one "[@key, ¶N]" (the brackets may be left out);
     * empty when the text is not one.
     */
    public static Optional<CitationItem> single(String text) {
        String inside = text.strip();
        if (inside.startsWith("[") && inside.endsWith("]")) {
            inside = inside.substring(1, inside.length() - 1);
        }
        if (!inside.startsWith("@") || inside.contains(";")) {
            return Optional.empty();
        }
        List<CitationItem> items = items(inside);
        return items.size() == 1 && !items.get(0).key().isEmpty() ? Optional.of(items.get(0)) : Optional.empty();
    }

    /** What the text after a key's comma names; null or blank is the whole source. */
    public static Locator locator(String text) {
        if (text == null || text.isBlank()) {
            return new Locator.Whole();
        }
        String written = text.strip();
        Matcher m = PILCROW.matcher(written);
        if (!m.matches()) {
            m = PARA.matcher(written);
        }
        if (m.matches()) {
            for (String number : new String[] {m.group(1), m.group(2)}) {
                if (number != null && paragraphNumber(number) > MAX_PARAGRAPH) {
                    return new Locator.Unreadable(written, "the paragraph number " + number + " in '" + written
                            + "' is too large: no source has more than " + MAX_PARAGRAPH + " paragraphs");
                }
            }
            int first = paragraphNumber(m.group(1));
            int last = m.group(2) == null ? first : paragraphNumber(m.group(2));
            if (first < 1) {
                return new Locator.Unreadable(written, "paragraphs are numbered from ¶1, found '" + written + "'");
            }
            if (last < first) {
                return new Locator.Unreadable(written, "the paragraphs '" + written + "' are not a range: write the first and the last, as ¶3–4");
            }
            return new Locator.Paragraphs(first, last);
        }
        Matcher page = PAGE_LIKE.matcher(written);
        if (page.matches()) {
            String n = page.group(1);
            return new Locator.Unreadable(written, "cannot read the locator '" + written + "': write the paragraph as ¶" + n
                    + " or para. " + n + " (" + HOW_TO_TYPE + ")");
        }
        return new Locator.Unreadable(written, "cannot read the locator '" + written + "': write a paragraph as ¶7");
    }
}
