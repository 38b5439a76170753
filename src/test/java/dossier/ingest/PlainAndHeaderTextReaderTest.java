package dossier.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainAndHeaderTextReaderTest {

    private static List<String> kinds(ImportedText text) {
        return text.blocks().stream().map(Block::kind).toList();
    }

    @Test
    void plainTextWithoutATitleKeepsEveryLineAsAParagraph() {
        ImportedText text = Formats.detect(Seeds.text(Seeds.SCMP)).read(Seeds.text(Seeds.SCMP));
        assertEquals("plain-text", text.format());
        assertFalse(text.stated().containsKey("title"), "the first line ends with a full stop: it is the lead, not a headline");
        assertEquals(15, text.blocks().size());
        assertTrue(text.blocks().get(0).text().startsWith("China says it has reached a consensus"));
        assertTrue(kinds(text).stream().allMatch(Block.TEXT::equals), kinds(text).toString());
    }

    @Test
    void plainTextWithAHeadlineStatesTheTitleAndFindsTheSubhead() {
        ImportedText text = Formats.detect(Seeds.text(Seeds.FORGE)).read(Seeds.text(Seeds.FORGE));
        assertEquals("South Korea seeks rare earths cooperation with China after joining US trade bloc", text.stated().get("title").value());
        assertEquals("First line of the file.", text.stated().get("title").where());
        assertEquals(12, text.blocks().size());
        assertEquals(new Block(Block.HEADING, "Control over rare earths"), text.blocks().get(6));
    }

    @Test
    void photoCreditIsACaptionButThePrecedingTwoSentenceParagraphIsNot() {
        ImportedText text = Formats.detect(Seeds.text(Seeds.WHITELIST)).read(Seeds.text(Seeds.WHITELIST));
        assertEquals(new Block(Block.CAPTION, "Photo: AP"), text.blocks().get(3));
        assertEquals(Block.TEXT, text.blocks().get(2).kind());
    }

    @Test
    void blankLineSeparatedParagraphsJoinTheirWrappedLines() {
        ImportedText text = new PlainTextReader().read("A headline here\n\nFirst paragraph\nwrapped here.\n\nSecond one.\n");
        assertEquals("A headline here", text.stated().get("title").value());
        assertEquals(List.of("First paragraph wrapped here.", "Second one."), text.blocks().stream().map(Block::text).toList());
    }

    @Test
    void headerTextStatesItsFieldsAndSplitsRunInsApart() {
        String seed = Seeds.text(Seeds.GT);
        assertTrue(new HeaderTextReader().accepts(seed));
        ImportedText text = Formats.detect(seed).read(seed);
        assertEquals("header-text", text.format());
        assertEquals("S.Korea attempts to assure China on supply chain amid US pressuring over exclusive ‘chip alliance’",
                text.stated().get("title").value());
        assertEquals("GT staff reporters", text.stated().get("author").value());
        assertEquals("2022-07-22", text.stated().get("date").value());
        assertEquals("Header field \"Published Time: 2022-07-22\".", text.stated().get("date").where());
        assertFalse(text.stated().containsKey("url"));
        List<Block> blocks = text.blocks();
        assertEquals(47, blocks.size()); // ¶29 "…closer than the US.China has been…" is two
        assertTrue(blocks.get(0).text().endsWith("the Yonhap News Agency reported."), "glued paragraphs split: " + blocks.get(0));
        assertTrue(blocks.get(1).text().startsWith("Yoon's prudence"));
        int credit = blocks.indexOf(new Block(Block.CAPTION, "Photo: cnsphoto"));
        assertEquals(new Block(Block.CAPTION, "Workers make semiconductors at a company in Guiyang, Southwest China's Guizhou Province."), blocks.get(credit - 1));
        assertEquals(new Block(Block.HEADING, "Who is behind?"), blocks.get(credit + 1));
        assertTrue(blocks.get(credit + 2).text().startsWith("In March, the US proposed"));
        int xinhua = blocks.indexOf(new Block(Block.CAPTION, "Photo:Xinhua"));
        assertEquals(new Block(Block.HEADING, "Bigger picture"), blocks.get(xinhua + 1));
        assertTrue(blocks.get(xinhua + 2).text().startsWith("Experts said that soaring bilateral trade"));
    }

    @Test
    void runInSplitterLeavesAbbreviationsWithACapitalBeforeTheStopAlone() {
        List<Block> blocks = RunInSplitter.split(List.of("The U.S. and S.Korea met. Talks ended.Then they left."));
        assertEquals(List.of("The U.S. and S.Korea met. Talks ended.", "Then they left."), blocks.stream().map(Block::text).toList());
    }

    @Test
    void headerWithoutBodyIsNotedAndGarbageDatesAreNotUsed() {
        ImportedText text = new HeaderTextReader().read("Title: T\nPublished Time: last Tuesday\nText: \n");
        assertTrue(text.blocks().isEmpty());
        assertFalse(text.stated().containsKey("date"));
        assertEquals(2, text.notes().size(), text.notes().toString());
    }

    /** Run-ins split in plain text too, not only after a header (issue 15). */
    @Test
    void plainTextSplitsParagraphsAnExtractorRanTogether() {
        ImportedText text = new PlainTextReader().read("Seoul is closer to Washington than the US.China has been to Seoul.\nA second line.\n");
        assertEquals(List.of("Seoul is closer to Washington than the US.", "China has been to Seoul.", "A second line."),
                text.blocks().stream().map(Block::text).toList());
        assertTrue(text.notes().contains("split by line: 3 paragraphs"), text.notes().toString());
    }

    /** A real sentence before a credit is the story's: it reports someone's words (issue 15). */
    @Test
    void aReportingSentenceBeforeACreditIsTextAndAPhotosDescriptionACaption() {
        ImportedText text = new PlainTextReader().read("Ministers met in Seoul on Monday, the ministry said.\nPhoto: AP\n"
                + "Workers make semiconductors at a plant in Guiyang.\nPhoto: Xinhua\n");
        assertEquals(List.of(Block.TEXT, Block.CAPTION, Block.CAPTION, Block.CAPTION), kinds(text));
    }
}
