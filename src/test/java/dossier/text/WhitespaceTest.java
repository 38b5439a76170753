package dossier.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhitespaceTest {

    @Test
    void collapsesEveryRunToOneSpaceAndTrimsTheEnds() {
        assertEquals("a b c", Whitespace.collapse("  a\t\tb\r\n\u000B\fc\n"));
        assertEquals("", Whitespace.collapse(" \n "));
        assertEquals("no-space", Whitespace.collapse("no-space"));
    }

    @Test
    void noBreakAndOtherUnicodeSpacesCountAsSpaceAsInExcerptMatching() {
        assertEquals("a b c d", Whitespace.collapse("a\u00A0\u00A0b\u2003c \u00A0 d\u202F"));
    }

    @Test
    void dropsTheWordACutHasSplit() {
        assertEquals("the quick", Whitespace.dropLastWord("the quick  bro"));
        assertEquals("the quick", Whitespace.dropLastWord("the quick "));
        assertEquals("single", Whitespace.dropLastWord("single"));
        assertEquals("brown fox", Whitespace.dropFirstWord("ick brown fox"));
        assertEquals(" brown", Whitespace.dropFirstWord("  brown"));
        assertEquals("single", Whitespace.dropFirstWord("single"));
    }

    @Test
    void dropsWordsAsTheRegularExpressionsDid() {
        for (String text : new String[] {"a b c", "a  b\tc ", " x", "x ", "", "one", "the quick\nbrown fox"}) {
            assertEquals(text.replaceFirst("\\s+\\S*$", ""), Whitespace.dropLastWord(text), text);
            assertEquals(text.replaceFirst("^\\S*\\s", ""), Whitespace.dropFirstWord(text), text);
        }
    }
}
