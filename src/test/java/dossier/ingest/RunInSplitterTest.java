package dossier.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunInSplitterTest {

    private static List<String> split(String text) {
        return RunInSplitter.split(List.of(text)).stream().map(Block::text).toList();
    }

    @Test
    void anAllCapitalWordBeforeTheStopAndACapitalisedWordAfterItIsABreak() {
        assertEquals(List.of("The market is closer than the US.", "China has been its largest partner."),
                split("The market is closer than the US.China has been its largest partner."));
        assertEquals(List.of("It joined the WTO.", "Then it grew."), split("It joined the WTO.Then it grew."));
        assertEquals(List.of("Shares of SMIC.", "Bloomberg said so."), split("Shares of SMIC.Bloomberg said so."));
        assertEquals(List.of("Talks with the EU?", "No date."), split("Talks with the EU?No date."));
        assertEquals(List.of("He said \"the US.\"", "China replied."), split("He said \"the US.\"China replied."));
    }

    @Test
    void lowercaseDigitPercentAndParenthesisBeforeTheStopStillBreak() {
        assertEquals(List.of("the agency reported.", "Yoon's prudence grew."), split("the agency reported.Yoon's prudence grew."));
        assertEquals(List.of("up 30%.", "The rest fell."), split("up 30%.The rest fell."));
        assertEquals(List.of("in 2021.", "Trade rose."), split("in 2021.Trade rose."));
        assertEquals(List.of("(SMIC).", "It grew."), split("(SMIC).It grew."));
        assertEquals(List.of("Who is behind?", "In March, the US proposed."), split("Who is behind?In March, the US proposed."));
    }

    /** Abbreviations that are not paragraph ends: none may be split. */
    @ParameterizedTest
    @ValueSource(strings = {
        "The U.S. President met him.",
        "U.S.-China trade grew.",
        "The U.S.China trade grew.", // one capital before the stop: part of "U.S."
        "It is No. 1 in chips.",
        "It is No.1 in chips.",
        "Acme Inc. said so.",
        "J.P. Morgan said so.",
        "J.P.Morgan said so.",
        "S.Korea attempts to assure China.",
        "Mr.Kim and Dr.Lee met in St.Louis with Prof.Park.",
        "See Fig.2 and No.One.",
        "The US.A is not a word.",
        "NATO.NATO is not a sentence.",
        "The ROK.US alliance.",
        "koreapro.org and www.US.Gov.",
        "SK hynix. Samsung. LG.",
        "The US. China has been ... with a space.",
        "Ph.D.Thesis",
        ".Starts with a stop",
        "Ends with the US.",
        "Ends with the US.C",
    })
    void abbreviationsAreLeftAlone(String text) {
        assertEquals(List.of(text), split(text));
    }

    @Test
    void aGluedAbbreviationEndingInLowercaseIsSplitAsBefore() {
        // the documented limit: "e.g." and "Inc." glued to a capital read as sentence ends
        assertEquals(List.of("e.g.", "The thing."), split("e.g.The thing."));
        assertEquals(List.of("Acme Inc.", "The maker."), split("Acme Inc.The maker."));
    }

    /**
     * The rule on all five archived texts: the paragraphs their readers give, each run through the
     * splitter again, are split in exactly one place, Global Times ¶29 ("…closer than the US.China
     * has been…"); the header-text reader (the only one that splits) gives 47 blocks, one more than before.
     */
    @Test
    void onTheFiveArchivesOnlyTheGlobalTimesUsChinaRunInSplits() {
        List<String> splits = new ArrayList<>();
        for (String name : List.of(Seeds.SCMP, Seeds.GT, Seeds.KOREA_PRO, Seeds.FORGE, Seeds.WHITELIST)) {
            List<Block> blocks = Formats.detect(Seeds.text(name)).read(Seeds.text(name)).blocks();
            for (int i = 0; i < blocks.size(); i++) {
                List<String> parts = RunInSplitter.sentences(blocks.get(i).text());
                if (parts.size() > 1) {
                    splits.add(name + " ¶" + (i + 1) + ": " + parts);
                }
            }
        }
        assertEquals(List.of(), splits, "the blocks the readers give are already split");
        List<Block> gt = Formats.detect(Seeds.text(Seeds.GT)).read(Seeds.text(Seeds.GT)).blocks();
        assertEquals(47, gt.size());
        assertEquals("Experts said that soaring bilateral trade with China is another important reason for Yoon's hesitation, as South"
                + " Korea attaches more importance to the Chinese market, which is geographically closer than the US.", gt.get(28).text());
        assertEquals("China has been South Korea's largest trading partner for 18 consecutive years, and bilateral trade is roughly the"
                + " same as that of South Korea with the US, Japan and the EU combined.", gt.get(29).text());
    }

    /** Issue 15: a kicker glued to a credit it follows is split from it, as a heading. */
    @Test
    void aKickerGluedAfterACreditIsSplitFromIt() {
        assertEquals(List.of(new Block(Block.CAPTION, "Photo: AP"), new Block(Block.HEADING, "What comes next?")),
                RunInSplitter.split(List.of("Photo: AP What comes next?")));
        assertEquals(List.of(new Block(Block.CAPTION, "Photo: Yonhap News Agency"), new Block(Block.HEADING, "Why now?")),
                RunInSplitter.split(List.of("Photo: Yonhap News Agency Why now?")));
        assertEquals(List.of(Block.text("Photo: AP")), RunInSplitter.split(List.of("Photo: AP")), "a credit alone stays whole");
    }
}
