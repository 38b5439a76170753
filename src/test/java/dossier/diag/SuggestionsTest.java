package dossier.diag;

import java.util.Optional;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {
    private static final List<String> SOURCES = List.of(
            "minimal-source", "chip4-2022-yonhap", "whitelist-2023-japan", "minerals-2024-reuters");

    @Test
    void oneTypoFindsTheName() {
        assertEquals(List.of("minimal-source"), Suggestions.closest("minimal-sorce", SOURCES));
        assertEquals(" (did you mean 'minimal-source'?)", Suggestions.didYouMean("minimal-sorce", SOURCES));
    }

    @Test
    void caseIsIgnoredWhenComparing() {
        assertEquals(List.of("title"), Suggestions.closest("Title", List.of("title", "summary", "source")));
    }

    @Test
    void farNamesAreNotSuggested() {
        assertEquals(List.of(), Suggestions.closest("ministry-notes", SOURCES));
        assertEquals("", Suggestions.didYouMean("ministry-notes", SOURCES));
    }

    @Test
    void nothingKnownSuggestsNothing() {
        assertEquals("", Suggestions.didYouMean("anything", List.of()));
    }

    @Test
    void aNameContainingTheWantedTextIsSuggestedEvenIfFar() {
        assertEquals(List.of("whitelist-2023-japan"), Suggestions.closest("whitelist", SOURCES));
    }

    @Test
    void closestFirstThenAlphabetical() {
        List<String> known = List.of("title", "tile", "titles", "tittle", "summary");
        // title is 1 edit away; tile, titles and tittle are 2: ties are alphabetical, and only three are kept
        assertEquals(List.of("title", "tile", "titles"), Suggestions.closest("titl", known));
    }

    @Test
    void atMostThreeSuggestionsWithCommasAndOr() {
        List<String> known = List.of("date", "data", "dart", "date2", "dates");
        assertEquals(List.of("data", "date2", "dates"), Suggestions.closest("date", List.of("data", "date2", "dates", "zzzzzz")));
        assertEquals(" (did you mean 'data', 'date2' or 'dates'?)",
                Suggestions.didYouMean("date", List.of("dates", "data", "date2")));
        assertEquals(3, Suggestions.closest("date", known).size());
    }

    @Test
    void twoSuggestionsAreJoinedWithOr() {
        assertEquals(" (did you mean 'author' or 'authors'?)",
                Suggestions.didYouMean("autor", List.of("authors", "author", "publisher")));
    }

    @Test
    void levenshteinDistance() {
        assertEquals(0, Suggestions.distance("abc", "abc"));
        assertEquals(1, Suggestions.distance("abc", "abd"));
        assertEquals(1, Suggestions.distance("abc", "ab"));
        assertEquals(1, Suggestions.distance("abc", "abxc"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    /** Issue 15: a fix only where the one name meant is certain, and the span is known. */
    @Test
    void aFixReplacesTheSpanWithTheOneCloseName() {
        Position start = new Position(4, 9);
        Position end = new Position(4, 22);
        assertEquals(Optional.of(Fix.replace(start, end, "minimal-sorce", "minimal-source")),
                Suggestions.fix("minimal-sorce", SOURCES, start, end));
        assertEquals(Optional.empty(), Suggestions.fix("minimal-sorce", SOURCES, start, null), "no span, no fix");
        assertEquals(Optional.empty(), Suggestions.fix("ministry-notes", SOURCES, start, end), "nothing close");
        assertEquals(Optional.empty(), Suggestions.fix("tag", List.of("tags", "tab"), start, new Position(4, 12)), "two close: which one?");
    }
}
