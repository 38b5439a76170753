package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How text without markup is cut into paragraphs, decided per file from its shape (issue 15). */
class ParagraphSplitTest {
    private static final Path SHAPES = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/ingest/shapes");

    private static String shape(String name) throws IOException {
        return Files.readString(SHAPES.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void withoutBlankLinesEachLineIsAParagraph() {
        ParagraphSplit.Result split = ParagraphSplit.of("One sentence here.\nAnother one.\nA third.\n");
        assertEquals(List.of("One sentence here.", "Another one.", "A third."), split.paragraphs());
        assertEquals("split by line: 3 paragraphs", split.report());
    }

    @Test
    void everyKindOfLineEndEndsALine() {
        for (String end : List.of("\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085")) {
            assertEquals(List.of("First.", "Second."), ParagraphSplit.of("First." + end + "Second." + end).paragraphs(),
                    "line end U+" + Integer.toHexString(end.charAt(end.length() - 1)));
        }
    }

    @Test
    void hardWrappedLinesBetweenBlankLinesAreJoined() {
        ParagraphSplit.Result split = ParagraphSplit.of("The port said on Tuesday that its\nnew terminal would open in March.\n\nIt did not say what it cost.\n");
        assertEquals(List.of("The port said on Tuesday that its new terminal would open in March.", "It did not say what it cost."),
                split.paragraphs());
        assertEquals("split at blank lines, wrapped lines joined: 2 paragraphs", split.report());
    }

    @Test
    void aGroupOfWholeSentencesOnTheirOwnLinesIsOneParagraphPerLine() {
        ParagraphSplit.Result split = ParagraphSplit.of("A headline\n\nThe port said on Tuesday it would open.\nIt did not say what it cost.\n");
        assertEquals(List.of("A headline", "The port said on Tuesday it would open.", "It did not say what it cost."), split.paragraphs());
        assertEquals("split at blank lines and by line: 3 paragraphs", split.report());
    }

    @Test
    void linesLongerThanAWrapAreNeverJoined() {
        String longLine = "word ".repeat(ParagraphSplit.WRAP_MAX / 5 + 2).strip();
        assertFalse(ParagraphSplit.isWrapped(List.of(longLine, "and the rest")), "no one wraps at " + longLine.length());
        assertTrue(ParagraphSplit.isWrapped(List.of("a line of a wrapped", "paragraph.")));
    }

    @Test
    void aCreditLineIsNeverJoinedToTheTextAroundIt() {
        assertFalse(ParagraphSplit.isWrapped(List.of("The new terminal, seen from the", "Photo: Port Authority")));
    }

    @Test
    void oneParagraphIsSaidInTheSingular() {
        assertEquals("split by line: 1 paragraph", ParagraphSplit.of("Only this.").report());
    }

    /** The four shapes as fixtures, each read as the import reads it: the headline, then the paragraphs. */
    @Test
    void theFourShapesImportIntoTheRightParagraphs() throws IOException {
        List<String> body = List.of(
                "The port authority of Novabay said on Tuesday that its second container terminal would open to ships in March.",
                "The terminal adds four berths and doubles the port's yearly capacity, the authority said.",
                "Shipping lines had asked for more berths since 2021, according to the authority's statement.",
                "The authority did not say what the terminal cost.");
        for (String name : List.of("one-line-per-paragraph-cr.txt", "title-then-one-line-per-paragraph.txt")) {
            ImportedText text = new PlainTextReader().read(shape(name));
            assertEquals("Harbour authority opens a second container terminal", text.stated().get("title").value(), name);
            assertEquals(body, text.blocks().stream().map(Block::text).toList(), name);
        }
        assertTrue(new PlainTextReader().read(shape("one-line-per-paragraph-cr.txt")).notes().contains("split by line: 4 paragraphs"));
        assertTrue(new PlainTextReader().read(shape("title-then-one-line-per-paragraph.txt")).notes()
                .contains("split at blank lines and by line: 4 paragraphs"));

        ImportedText wrapped = new PlainTextReader().read(shape("hard-wrapped.txt"));
        assertEquals(List.of(
                "The port authority of Novabay said on Tuesday that its second container terminal would open to ships in March, two years later than first planned.",
                "The terminal adds four berths and doubles the port's yearly capacity, the authority said in a statement. Shipping lines had asked for more berths since 2021.",
                "The authority did not say what the terminal cost."), wrapped.blocks().stream().map(Block::text).toList());
        assertTrue(wrapped.notes().contains("split at blank lines, wrapped lines joined: 3 paragraphs"), wrapped.notes().toString());

        ImportedText mixed = new PlainTextReader().read(shape("mixed.txt"));
        assertEquals(List.of(
                "The port authority of Novabay said on Tuesday that its second container terminal would open to ships in March, two years later than first planned.",
                "The terminal adds four berths and doubles the port's yearly capacity, the authority said in a statement issued after the board met.",
                "Shipping lines had asked for more berths since 2021, according to the statement.",
                "Photo: Novabay Port Authority",
                "The authority did not say what the terminal cost."), mixed.blocks().stream().map(Block::text).toList());
        assertEquals(Block.CAPTION, mixed.blocks().get(3).kind());
        assertTrue(mixed.notes().contains("split at blank lines, wrapped lines joined in 1 group and one paragraph per line in 1: 5 paragraphs"),
                mixed.notes().toString());
    }
}
