package dossier.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParagraphMapTest {

    private static ParagraphMap.Kept kept(int first, int last) {
        return new ParagraphMap.Kept(first, last);
    }

    @Test
    void theSameParagraphsMapToThemselves() {
        ParagraphMap map = ParagraphMap.between(List.of("A.", "B.", "C."), List.of("A.", "B.", "C."));
        assertTrue(map.isIdentity());
        assertEquals(kept(2, 2), map.of(2));
        assertInstanceOf(ParagraphMap.Lost.class, map.of(4));
    }

    @Test
    void aSplitParagraphBecomesARunAndTheLaterOnesMoveUpByOne() {
        ParagraphMap map = ParagraphMap.between(
                List.of("Heading", "It is closer than the US.China has been its partner.", "In 2021, trade rose.", "End."),
                List.of("Heading", "It is closer than the US.", "China has been its partner.", "In 2021, trade rose.", "End."));
        assertFalse(map.isIdentity());
        assertEquals(kept(1, 1), map.of(1));
        assertEquals(kept(2, 3), map.of(2));
        assertTrue(((ParagraphMap.Kept) map.of(2)).isSplit());
        assertEquals(kept(4, 4), map.of(3));
        assertEquals(kept(5, 5), map.of(4));
    }

    @Test
    void whiteSpaceCurlyQuotesAndASpaceAtTheSplitDoNotCount() {
        ParagraphMap map = ParagraphMap.between(List.of("He said “yes.” Then  left."), List.of("He said \"yes.\"", "Then left."));
        assertEquals(kept(1, 2), map.of(1));
    }

    @Test
    void aSplitIntoThreeAndAnAddedParagraphAreFollowed() {
        ParagraphMap map = ParagraphMap.between(List.of("A.", "B1.B2.B3.", "C."), List.of("A.", "New.", "B1.", "B2.", "B3.", "C."));
        assertEquals(kept(1, 1), map.of(1));
        assertEquals(kept(3, 5), map.of(2));
        assertEquals(kept(6, 6), map.of(3));
    }

    @Test
    void aParagraphEditedInPlaceKeepsItsPlaceAndMovesNothing() {
        ParagraphMap edited = ParagraphMap.between(List.of("A.", "B.", "C."), List.of("A.", "B changed.", "C."));
        assertEquals(new ParagraphMap.Edited(2), edited.of(2));
        assertEquals(kept(3, 3), edited.of(3));
        assertFalse(edited.moves());
        assertTrue(ParagraphMap.between(List.of("A.", "B.C.", "D."), List.of("A.", "B.", "C.", "D.")).moves());
    }

    @Test
    void aJoinedOrRemovedParagraphIsLost() {
        ParagraphMap joined = ParagraphMap.between(List.of("A.", "B.", "C.", "D."), List.of("A.", "B.C.", "D."));
        assertInstanceOf(ParagraphMap.Lost.class, joined.of(2));
        assertInstanceOf(ParagraphMap.Lost.class, joined.of(3));
        assertEquals(kept(3, 3), joined.of(4));
        ParagraphMap removed = ParagraphMap.between(List.of("A.", "B.", "C."), List.of("A.", "C."));
        assertInstanceOf(ParagraphMap.Lost.class, removed.of(2));
        assertEquals(kept(2, 2), removed.of(3));
    }

    @Test
    void aPrefixOfTheOldTextIsNotASplit() {
        // the parts must give the whole text: a paragraph cut short is edited (in place) or lost, never split
        ParagraphMap map = ParagraphMap.between(List.of("A.", "B. More.", "C."), List.of("A.", "B.", "C."));
        assertEquals(new ParagraphMap.Edited(2), map.of(2));
        ParagraphMap moved = ParagraphMap.between(List.of("A.", "B. More.", "C."), List.of("A.", "B.", "X.", "C."));
        assertInstanceOf(ParagraphMap.Lost.class, moved.of(2));
    }

    @Test
    void repeatedTextsAreAmbiguousOnlyWhenTheCopiesCannotBePaired() {
        // a caption repeated on both sides of a split: each copy still has one place
        ParagraphMap shifted = ParagraphMap.between(List.of("Photo: AP", "X.Y.", "Photo: AP", "End."),
                List.of("Photo: AP", "X.", "Y.", "Photo: AP", "End."));
        assertEquals(kept(1, 1), shifted.of(1));
        assertEquals(kept(4, 4), shifted.of(3));
        // two copies became one: which one is gone cannot be told
        ParagraphMap dropped = ParagraphMap.between(List.of("A.", "Same.", "Same.", "B."), List.of("A.", "Same.", "B."));
        assertInstanceOf(ParagraphMap.Ambiguous.class, dropped.of(2));
        assertInstanceOf(ParagraphMap.Lost.class, dropped.of(3));
    }
}
