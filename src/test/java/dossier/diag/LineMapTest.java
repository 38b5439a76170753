package dossier.diag;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineMapTest {

    @Test
    void firstCharacterIsLineOneColumnOne() {
        assertEquals(new Position(1, 1), new LineMap("abc\ndef\n").position(0));
    }

    @Test
    void offsetsMapToOneBasedLineAndColumn() {
        LineMap map = new LineMap("abc\ndef\nghi");
        assertEquals(new Position(1, 3), map.position(2));  // 'c'
        assertEquals(new Position(1, 4), map.position(3));  // the LF ends line 1
        assertEquals(new Position(2, 1), map.position(4));  // 'd'
        assertEquals(new Position(2, 3), map.position(6));  // 'f'
        assertEquals(new Position(3, 1), map.position(8));  // 'g'
    }

    @Test
    void lastLineWithoutNewlineIsALine() {
        LineMap map = new LineMap("one\ntwo");
        assertEquals(2, map.lineCount());
        assertEquals(new Position(2, 3), map.position(6)); // 'o' of "two"
    }

    @Test
    void offsetAtTheEndOfTheText() {
        assertEquals(new Position(2, 4), new LineMap("one\ntwo").position(7));
        // after a final LF the end is the start of an (empty) last line
        LineMap trailing = new LineMap("one\ntwo\n");
        assertEquals(3, trailing.lineCount());
        assertEquals(new Position(3, 1), trailing.position(8));
    }

    @Test
    void emptyLinesCount() {
        LineMap map = new LineMap("a\n\n\nb");
        assertEquals(new Position(2, 1), map.position(2));
        assertEquals(new Position(3, 1), map.position(3));
        assertEquals(new Position(4, 1), map.position(4));
    }

    @Test
    void emptyText() {
        LineMap map = new LineMap("");
        assertEquals(1, map.lineCount());
        assertEquals(Position.START, map.position(0));
    }

    @Test
    void manyLinesBeyondTheInitialCapacity() {
        String text = "x\n".repeat(100) + "last";
        LineMap map = new LineMap(text);
        assertEquals(101, map.lineCount());
        assertEquals(new Position(101, 2), map.position(text.length() - 3));
        assertEquals(new Position(50, 1), map.position(98));
    }

    @Test
    void lineStartIsTheOffsetOfTheLine() {
        LineMap map = new LineMap("ab\ncde\nf");
        assertEquals(0, map.lineStart(1));
        assertEquals(3, map.lineStart(2));
        assertEquals(7, map.lineStart(3));
    }
}
