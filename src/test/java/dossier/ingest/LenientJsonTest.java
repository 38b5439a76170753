package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LenientJsonTest {

    @Test
    void validJsonIsReadStrictlyWithFieldOrderKept() {
        LenientJson.Result r = LenientJson.parse(" {\"b\":[1,-2.5e3,true,false,null],\"a\":{\"s\":\"x\"}} ");
        assertTrue(r.valid());
        assertNull(r.cutInside());
        assertEquals(Map.of("b", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, null),
                "a", Map.of("s", "x")), r.value());
        assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) r.value()).keySet()));
    }

    @Test
    void escapesAreDecodedIncludingSurrogatePairsAndSlash() {
        LenientJson.Result r = LenientJson.parse("\"<\\/p>\\n\\t\\\"q\\\" \\u2019 \\ud83d\\ude00 \\\\\"");
        assertEquals("</p>\n\t\"q\" \u2019 \uD83D\uDE00 \\", r.value());
        assertTrue(r.valid());
    }

    @Test
    void rawLineBreakInAStringIsKeptAndReportedOnce() {
        LenientJson.Result r = LenientJson.parse("{\"t\":{\"r\":\"a\nb\nc\"}}");
        assertEquals(Map.of("t", Map.of("r", "a\nb\nc")), r.value());
        assertEquals(List.of("line 1, column 13: the string t.r contains a raw line break"), r.problems());
    }

    @Test
    void textCutOffInsideAStringKeepsItUpToTheEnd() {
        LenientJson.Result r = LenientJson.parse("{\"id\":1,\"tags\":[3,\"ab\\u00");
        assertEquals("tags[1]", r.cutInside());
        assertEquals(Map.of("id", BigDecimal.ONE, "tags", List.of(new BigDecimal("3"), "ab")), r.value());
        assertEquals(List.of("line 1, column 26: the text ends inside tags[1]"), r.problems());
    }

    @Test
    void cutBetweenFieldsIsTheEnclosingObject() {
        assertEquals("", LenientJson.parse("{\"a\":1,").cutInside());
        assertEquals("a", LenientJson.parse("{\"a\":").cutInside());
        assertEquals("a", LenientJson.parse("{\"a\":nu").cutInside());
        assertEquals(Map.of(), LenientJson.parse("{\"a\":nu").value(), "a value cut before it is known is left out");
    }

    @Test
    void syntaxErrorStopsReadingButKeepsWhatWasRead() {
        LenientJson.Result r = LenientJson.parse("{\"a\":1 \"b\":2}");
        assertEquals(Map.of("a", BigDecimal.ONE), r.value());
        assertNull(r.cutInside());
        assertEquals(List.of("line 1, column 8: expected ',' but found '\"' in the top-level value"), r.problems());
    }

    @Test
    void unknownEscapeKeepsItsCharacter() {
        LenientJson.Result r = LenientJson.parse("\"a\\qb\"");
        assertEquals("aqb", r.value());
        assertEquals(1, r.problems().size());
    }

    @Test
    void deepNestingStopsAtTheLimitInsteadOfOverflowing() {
        LenientJson.Result r = LenientJson.parse("[".repeat(100_000));
        assertTrue(r.problems().get(0).contains("nesting deeper than " + LenientJson.MAX_DEPTH + " levels"), r.problems()::toString);
    }
}
