package dossier.ingest;

import dossier.diag.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The character loops of the readers (cleaning, paragraph splitting, the language guess, the
 * promo and format pre-checks) give exactly what the regular expressions they replaced gave:
 * each is compared here with that expression, on tricky texts and on seeded random ones.
 */
class TextLoopsTest {
    /** White space of every kind the expressions and {@link String#strip} tell apart, and words around it. */
    private static final RandomTexts TEXTS = new RandomTexts(List.of(
            " ", "  ", "\n", "\n\n", "\n \n", "\r\n", "\t", "\u000B", "\f", "\u00A0", "\u2007", "\u202F", "\u2003",
            "\u3000", "\u001C", "\u0085", "\u2028", "The", "the ", "and", "said", "of", "it's", "don't", "x",
            "Ünïcode", "İstanbul", "\uD83D\uDE00", "\uD801\uDC00", "\uD800", "you", "YOU", "yOu", "your",
            "Photo: AP", "Text: body", "Title: A", "<head>", "<BODY ", "<html>", "<!-- c -->", "{", "[",
            "5", "ˆ", "·", "'", "-", ".", ","), 60, 40, " \n\t\u00A0\u2007\u202F\u2003\u000B\f\rayouYOU.'ʼ\u0301");

    @Test
    void cleanCollapsesAndStripsAsTheExpressionDid() {
        for (String text : List.of("", " ", "a", " a ", "a  b", "a\u00A0b", "a \u00A0 b", "\u2003a\u2003", "a\u2003\u00A0b",
                "a\n\t\u000B\f\rb", "\u00A0\u2007\u202F", "a b c", "a\u3000 b", " \u2003 a")) {
            assertEquals(oldClean(text), TextBlocks.clean(text), shown(text));
        }
        TEXTS.forEach(3000, text -> assertEquals(oldClean(text), TextBlocks.clean(text)));
    }

    /**
     * Paragraphs are no longer cut as the expression cut them (a group of whole sentences on their
     * own lines is now one paragraph per line: {@link ParagraphSplitTest}), but the cut still loses
     * and adds nothing: the paragraphs joined are the text's words in order, none is empty, none
     * holds a line end.
     */
    @Test
    void paragraphsKeepEveryWordInOrderAndNoLineEnd() {
        for (String text : List.of("", "\n", "\n\n", "a", "a\n", "a\nb", "a\n\nb", "a\n \t\nb\n\n", "\n\na\n\n\nb \n c\n \n",
                "a\u00A0\n\n\u00A0b", "a\n\u00A0\nb\n\nc", "a\r\n\r\nb", "a\n \n", " \n\n a \n\n ", "x\n\n\n\n\n\ny\nz")) {
            assertKeepsTheWords(text);
        }
        TEXTS.forEach(3000, TextLoopsTest::assertKeepsTheWords);
    }

    private static String withoutSpace(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x85).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static void assertKeepsTheWords(String text) {
        List<String> paragraphs = PlainTextReader.paragraphs(text);
        // white space of any kind may go where a line ends (each line is stripped); every other character stays, in order
        assertEquals(withoutSpace(text), withoutSpace(String.join(" ", paragraphs)), shown(text));
        for (String p : paragraphs) {
            assertFalse(p.isEmpty(), shown(text));
            assertFalse(p.matches("(?s).*[\r\n\u2028\u2029\u0085].*"), shown(text) + " gave " + shown(p));
        }
    }

    @Test
    void englishIsGuessedFromTheSameWords() {
        String english = "The minister said that the talks with the partners of the alliance had gone well, and it's "
                + "clear that the ministry has plans for the industry. ";
        for (String text : List.of("", english, english.repeat(3), english.toUpperCase(Locale.ROOT).repeat(3),
                "İİİ the the the ".repeat(20), "the\u0301 and\uD83D\uDE00of ".repeat(30), "'the' 'and' of' ".repeat(20))) {
            assertEquals(oldEnglish(text), LanguageGuess.english(text), shown(text));
        }
        TEXTS.forEach(3000, text -> assertEquals(oldEnglish(text), LanguageGuess.english(text)));
        TEXTS.forEach(300, text -> assertEquals(oldEnglish(text + english.repeat(4)), LanguageGuess.english(text + english.repeat(4))));
    }

    @Test
    void everyTextThatAddressesTheReaderPassesThePreCheck() {
        Pattern reader = Pattern.compile("\\b(you|your)\\b", Pattern.CASE_INSENSITIVE);
        assertTrue(Boilerplate.mayAddressReader("Did YoU know"));
        assertFalse(Boilerplate.mayAddressReader("yo u, y ou, Yo"));
        assertFalse(Boilerplate.mayAddressReader("ÿou"));
        TEXTS.forEach(3000, text -> {
            if (reader.matcher(text).find()) {
                assertTrue(Boilerplate.mayAddressReader(text));
            }
        });
    }

    @Test
    void formatsAreRecognisedAsBefore() {
        for (String text : List.of("", "Title: A\nText: b", "Title: A", "Author: B\nx\nContent: y\n", "Title: A\n" + "x\n".repeat(40) + "Text: b",
                "title: a\nText: b", "<!-- x --><html>", "  <HTML lang=en>", "a <body>", "<bodyx>", "{\"a\": \"<body>\"}", "<?xml ?>[")) {
            assertEquals(oldHeaderAccepts(text), new HeaderTextReader().accepts(text), shown(text));
            assertEquals(oldHtmlAccepts(text), new HtmlPageReader().accepts(text), shown(text));
        }
        TEXTS.forEach(3000, text -> {
            assertEquals(oldHeaderAccepts(text), new HeaderTextReader().accepts(text));
            assertEquals(oldHtmlAccepts(text), new HtmlPageReader().accepts(text));
        });
    }

    /** The text with its invisible characters as escapes, for a failure's message. */
    private static String shown(String text) {
        return text.chars().mapToObj(c -> c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\u%04X", c))
                .collect(Collectors.joining());
    }

    // the expressions as they were, for comparison

    private static String oldClean(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    private static Optional<String> oldEnglish(String text) {
        Set<String> english = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for", "on",
                "with", "as", "by", "was", "said", "it", "its", "has", "have", "from");
        int total = 0;
        int common = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (!word.isEmpty()) {
                total++;
                if (english.contains(word)) {
                    common++;
                }
            }
        }
        return total >= 40 && (double) common / total >= 0.15 ? Optional.of("en") : Optional.empty();
    }

    private static boolean oldHeaderAccepts(String text) {
        String[] lines = text.split("\\n", 30);
        boolean header = lines.length > 0 && Pattern.compile("^([A-Z][A-Za-z0-9 ]{1,30}):\\s?(.*)$").matcher(lines[0]).matches()
                && lines[0].matches("^(Title|Published Time|URL Source|Author|Date):.*");
        boolean body = false;
        for (String line : lines) {
            body |= Pattern.compile("^(Text|Markdown Content|Content):\\s?(.*)$").matcher(line).matches();
        }
        return header && body;
    }

    private static boolean oldHtmlAccepts(String text) {
        int pos = 0;
        while (pos < text.length()) {
            if (Character.isWhitespace(text.charAt(pos))) {
                pos++;
            } else if (text.startsWith("<!--", pos)) {
                int end = text.indexOf("-->", pos + 4);
                pos = end < 0 ? text.length() : end + 3;
            } else if (text.startsWith("<?xml", pos)) {
                int end = text.indexOf("?>", pos);
                pos = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        String rest = text.substring(pos);
        if (rest.startsWith("{") || rest.startsWith("[")) {
            return false;
        }
        String start = rest.substring(0, Math.min(rest.length(), 16)).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.matches("(?s)<html(?:[\\s>].*)?")
                || Pattern.compile("(?i)<(?:head|body)[\\s>/]").matcher(text).find();
    }
}
