package dossier.check;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Severity;
import dossier.markdown.MarkdownProcessor;
import dossier.markdown.ParsedPage;
import dossier.model.Dossier;
import dossier.model.ModelBuilder;
import dossier.source.MetaField;
import dossier.source.Paragraph;
import dossier.source.Provenance;
import dossier.source.SourceRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommentaryQuotesCheckTest {
    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor();
    private static final SourceRecord GT = new SourceRecord("gt", "content/sources/gt.yml", new Position(1, 5),
            "content/sources/gt.original.txt", "0".repeat(64), "plain-text",
            new MetaField<>("Chip alliance", Provenance.STATED, null), MetaField.missing("n"),
            new MetaField<>("GT staff reporters", Provenance.STATED, null), MetaField.missing("n"), MetaField.missing("n"),
            MetaField.missing("n"), MetaField.missing("n"), false, List.of(
                    new Paragraph(1, Paragraph.TEXT, "In March, the US proposed the idea of \u201CChip 4\u201D.", null),
                    new Paragraph(2, Paragraph.TEXT, "Exporting chips has broken the US blockade to some extent, Ma said.", null),
                    new Paragraph(3, Paragraph.TEXT, "If the chips can be mass-produced, China will embark on a chip rise.", null),
                    new Paragraph(4, Paragraph.TEXT, "Subscribe to our newsletter for daily chip news.", "a promo")));

    private final Report report = new Report();

    private List<Diagnostic> check(String body) {
        ParsedPage page = MARKDOWN.parse("content/about.md", "---\ntitle: T\n---\n" + body, report).orElseThrow().page();
        Dossier dossier = new ModelBuilder(report).build(List.of(GT), List.of(page), Set.of());
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics().toString());
        new CommentaryQuotesCheck().run(dossier, report);
        return report.diagnostics();
    }

    @Test
    void quotedWordsInTheCitedParagraphPassWhateverTheirCaseQuotesOrSpacing() {
        assertEquals(List.of(), check("""
                The US proposed "the idea of “Chip 4”" "in march" [@gt, ¶1]; the report says
                "to some   extent" [@gt, ¶2], and the byline is "GT staff reporters" [@gt].
                """));
    }

    @Test
    void wordsGivenToASpeakerMustBeQuotedInTheSourceNotReportedSpeech() {
        List<Diagnostic> all = check("Ma says it has broken the blockade \"to some extent\" [@gt, ¶2]. The US proposed "
                + "\"the idea of “Chip 4”\" [@gt, ¶1], and he said the term was \"Chip 4\" [@gt, ¶1].\n");
        assertEquals(1, all.size(), all.toString());
        Diagnostic d = all.get(0);
        assertEquals("quote-indirect", d.code());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("quoted words \"to some extent\" are given to a speaker, but ¶2 of gt has them only as reported speech, "
                + "not in quotation marks", d.message());
    }

    @Test
    void quotedWordsElsewhereInTheSourceAreAWarningThatSaysWhereTheyAre() {
        List<Diagnostic> all = check("Ma's reading is qualified (\"to some extent\"), and the report ends on a condition [@gt, ¶3].\n");
        assertEquals(1, all.size(), all.toString());
        Diagnostic d = all.get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("quote-not-in-citation", d.code());
        assertEquals(new Position(4, 28), d.position());
        assertEquals("quoted words \"to some extent\" are not in ¶3 of gt, cited after them", d.message());
        assertEquals("they are in [@gt, ¶2]: cite that", d.hint());
    }

    @Test
    void wordsNotInTheSourceOrOnlyInAnExcludedParagraphAreWarnedAbout() {
        List<Diagnostic> all = check("It calls this \"a decisive blow\" [@gt, ¶2] and says \"our newsletter\" [@gt].\n");
        assertEquals(List.of("quoted words \"a decisive blow\" are not in ¶2 of gt, cited after them",
                "quoted words \"our newsletter\" are not in gt, cited after them"), all.stream().map(Diagnostic::message).toList());
        assertEquals("the cited sources do not have these words: quote them exactly, or cite where they are", all.get(0).hint());
    }
}
