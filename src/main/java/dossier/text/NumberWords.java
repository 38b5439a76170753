package dossier.text;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text writes in English words ("ninety", "two hundred and five", "twenty-five",
 * "a hundred", "two and a half", "three quarters", "a third"), read with ICU's spell-out rules
 * rather than a table of our own. A run of number words is read as one number; a fraction after
 * it multiplies it ("two thirds"), and one after "and a" is added to it ("one and a half").
 */
public final class NumberWords {
    private static final Set<String> WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "thousand", "million", "billion", "trillion");
    /** Words a figure's unit may hold instead of its value ("billion US dollars"). */
    private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
    /** The parts a number can be cut into, by name, singular and plural ("a third", "two thirds"). */
    private static final java.util.Map<String, Integer> FRACTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("half", 2), java.util.Map.entry("halves", 2), java.util.Map.entry("third", 3),
            java.util.Map.entry("thirds", 3), java.util.Map.entry("quarter", 4), java.util.Map.entry("quarters", 4),
            java.util.Map.entry("fifth", 5), java.util.Map.entry("fifths", 5), java.util.Map.entry("sixth", 6),
            java.util.Map.entry("sixths", 6), java.util.Map.entry("eighth", 8), java.util.Map.entry("eighths", 8),
            java.util.Map.entry("tenth", 10), java.util.Map.entry("tenths", 10));
    /** ICU's formats are not safe to share between threads, and checks run on all cores. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(() -> {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        // strict: lenient parsing would compare with a collator and need ICU's collation data
        format.setLenientParseMode(false);
        return format;
    });

    private NumberWords() {
    }

    /** Every number the text writes in words, in order. */
    public static List<BigDecimal> values(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<BigDecimal> values = new ArrayList<>();
        int lastEnd = -1;
        while (word.find()) {
            // a run is broken by anything but white space between its words
            if (!words.isEmpty() && !text.substring(lastEnd, word.start()).isBlank()) {
                read(words, values);
                words.clear();
            }
            String w = word.group();
            if (isNumberWord(w) || w.equals("a") || w.equals("an") || w.equals("and") || isFraction(w)) {
                words.add(w);
            } else {
                read(words, values);
                words.clear();
            }
            lastEnd = word.end();
        }
        read(words, values);
        return values;
    }

    private static boolean isNumberWord(String w) {
        for (String part : w.split("-")) {
            if (!WORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** Reads one run of candidate words: the numbers in it, if any. */
    private static void read(List<String> run, List<BigDecimal> values) {
        int from = 0;
        while (from < run.size()) {
            // a number starts at a number word, or at "a"/"an" before one ("a hundred", "a half")
            if (!starts(run, from)) {
                from++;
                continue;
            }
            boolean article = run.get(from).equals("a") || run.get(from).equals("an");
            List<String> number = new ArrayList<>();
            number.add(article ? "one" : run.get(from));
            int to = from + 1;
            while (to < run.size() && (isNumberWord(run.get(to))
                    || (run.get(to).equals("and") && to + 1 < run.size() && isNumberWord(run.get(to + 1))))) {
                number.add(run.get(to));
                to++;
            }
            // the longest start ICU reads whole: "forty and fifty" is forty, then fifty
            BigDecimal value = null;
            int used = number.size();
            for (; used > 0 && value == null; used--) {
                if (!number.get(used - 1).equals("and")) {
                    value = spelled(String.join(" ", number.subList(0, used)));
                }
            }
            if (value == null) {
                from++;
                continue;
            }
            to = from + used + 1; // the loop counted one past the length it read
            int denominator = 0;
            BigDecimal whole = BigDecimal.ZERO;
            if (to + 2 < run.size() && run.get(to).equals("and") && run.get(to + 1).equals("a") && isFraction(run.get(to + 2))) {
                whole = value;                                   // "two and a half", "one and a third"
                value = BigDecimal.ONE;
                denominator = FRACTIONS.get(run.get(to + 2));
                to += 3;
            } else if (to < run.size() && isFraction(run.get(to))) {
                denominator = FRACTIONS.get(run.get(to));         // "a half", "three quarters", "two thirds"
                to++;
            }
            if (denominator == 0) {
                values.add(value.stripTrailingZeros());
            } else {
                addFraction(whole, value, denominator, values);
            }
            // "fifty billion dollars" is also 50 of a unit that says billion ("billion US dollars")
            String last = number.get(used);
            if (used > 0 && SCALES.contains(last)) {
                BigDecimal count = spelled(String.join(" ", number.subList(0, used)));
                if (count != null) {
                    values.add(count.stripTrailingZeros());
                }
            }
            from = to;
        }
    }

    private static boolean starts(List<String> run, int at) {
        String w = run.get(at);
        if (isNumberWord(w)) {
            return true;
        }
        return (w.equals("a") || w.equals("an")) && at + 1 < run.size() && (isNumberWord(run.get(at + 1)) || isFraction(run.get(at + 1)));
    }

    private static boolean isFraction(String w) {
        return FRACTIONS.containsKey(w);
    }

    /**
     * whole + numerator/denominator: exact when it ends ("three quarters" 0.75), else as a source
     * would round it in digits, to two and to three places ("a third" 0.33 and 0.333).
     */
    private static void addFraction(BigDecimal whole, BigDecimal numerator, int denominator, List<BigDecimal> values) {
        BigDecimal d = BigDecimal.valueOf(denominator);
        try {
            values.add(whole.add(numerator.divide(d)).stripTrailingZeros());
        } catch (ArithmeticException repeating) {
            for (int places : new int[]{2, 3}) {
                values.add(whole.add(numerator.divide(d, places, java.math.RoundingMode.HALF_UP)).stripTrailingZeros());
            }
        }
    }

    private static final Set<String> TENS = Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Set<String> UNITS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final Pattern TENS_THEN_UNIT = Pattern.compile("\\b(" + String.join("|", TENS) + ") (" + String.join("|", UNITS) + ")\\b");

    /** The number ICU reads in the words, only when it reads all of them ("forty five" as ICU writes it, "forty-five"). */
    private static BigDecimal spelled(String phrase) {
        String words = TENS_THEN_UNIT.matcher(phrase).replaceAll("$1-$2");
        ParsePosition at = new ParsePosition(0);
        Number n = SPELLOUT.get().parse(words, at);
        if (n == null || at.getIndex() != words.length()) {
            return null;
        }
        return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }
}
