package dossier.yaml;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Report;
import dossier.diag.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlReaderTest {
    private static final String PATH = "content/sources/a.yml";
    private final Report report = new Report();

    private YamlNode parse(String yaml, int lineOffset) {
        Optional<YamlNode> node = YamlReader.parse(yaml, PATH, lineOffset, report);
        assertTrue(node.isPresent(), () -> "expected a node; got " + report.diagnostics());
        return node.get();
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> all = report.diagnostics();
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void mappingOfScalarsWithPositions() {
        YamlNode.Mapping root = assertInstanceOf(YamlNode.Mapping.class, parse("""
                id: minimal-source
                title:   "Trade"
                """, 0));
        assertEquals(Position.START, root.position());
        assertEquals(List.of("id", "title"), List.copyOf(root.entries().keySet()));
        YamlNode.Scalar id = assertInstanceOf(YamlNode.Scalar.class, root.get("id"));
        assertEquals("minimal-source", id.value());
        assertEquals(new Position(1, 5), id.position());
        assertEquals(new Position(2, 10), root.get("title").position());
        assertEquals(new Position(2, 1), root.keyPositions().get("title"));
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void nestedNodesKnowWhereTheyStand() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse("""
                id: x
                archive:
                  file: x.original.txt
                  sha256: abc
                paragraphs:
                  - n: 1
                    text: "One."
                  - n: 2
                    text: >
                      Two.
                """, 0);
        YamlNode.Mapping archive = assertInstanceOf(YamlNode.Mapping.class, root.get("archive"));
        assertEquals(new Position(3, 3), archive.position());
        assertEquals(new Position(4, 11), archive.get("sha256").position());
        assertEquals(new Position(4, 3), archive.keyPositions().get("sha256"));

        YamlNode.Sequence paragraphs = assertInstanceOf(YamlNode.Sequence.class, root.get("paragraphs"));
        assertEquals(new Position(6, 3), paragraphs.position());
        assertEquals(2, paragraphs.items().size());
        YamlNode.Mapping second = assertInstanceOf(YamlNode.Mapping.class, paragraphs.items().get(1));
        assertEquals(new Position(8, 5), second.position());
        assertEquals(new Position(8, 8), second.get("n").position());
        assertEquals("2", ((YamlNode.Scalar) second.get("n")).value());
        assertEquals(new Position(7, 11), ((YamlNode.Mapping) paragraphs.items().get(0)).get("text").position());
        assertEquals("Two.\n", ((YamlNode.Scalar) second.get("text")).value());
    }

    @Test
    void lineOffsetMovesEveryPosition() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse("title: x\ntags:\n  - a\n", 1);
        assertEquals(new Position(2, 1), root.position());
        assertEquals(new Position(2, 8), root.get("title").position());
        YamlNode.Sequence tags = (YamlNode.Sequence) root.get("tags");
        assertEquals(new Position(4, 5), tags.items().get(0).position());
    }

    @Test
    void nullsAreMarkedAndTextIsKeptAsWritten() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse("""
                a: null
                b: ~
                c:
                d: "null"
                e: 2023-05-01
                f: 007
                g: yes
                """, 0);
        for (String key : List.of("a", "b", "c")) {
            YamlNode.Scalar s = (YamlNode.Scalar) root.get(key);
            assertTrue(s.plainNull(), key);
            assertNull(s.value(), key);
            assertEquals("nothing", s.shape());
        }
        YamlNode.Scalar quoted = (YamlNode.Scalar) root.get("d");
        assertEquals("null", quoted.value());
        assertTrue(!quoted.plainNull());
        // no type conversion: dates, numbers and booleans stay the text that was written
        assertEquals("2023-05-01", ((YamlNode.Scalar) root.get("e")).value());
        assertEquals("007", ((YamlNode.Scalar) root.get("f")).value());
        assertEquals("yes", ((YamlNode.Scalar) root.get("g")).value());
    }

    @Test
    void emptyTextIsAnEmptyMapping() {
        YamlNode.Mapping root = assertInstanceOf(YamlNode.Mapping.class, parse("", 1));
        assertTrue(root.entries().isEmpty());
        assertEquals(new Position(2, 1), root.position());
    }

    @Test
    void quoteClosedTooEarlyIsReportedWhereTheStrayTextStarts() {
        assertEquals(Optional.empty(), YamlReader.parse("id: a\ntitle: 'it's'\n", PATH, 1, report));
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-syntax", d.code());
        assertEquals(new Position(3, 12), d.position());
        assertTrue(d.message().startsWith("malformed YAML: "), d.message());
    }

    @Test
    void unclosedQuoteAtTheEndOfTheStreamIsReportedWhereTheQuoteOpens() {
        assertEquals(Optional.empty(), YamlReader.parse("id: a\ntitle: \"Trade\n", PATH, 0, report));
        Diagnostic d = onlyDiagnostic();
        assertEquals(new Position(2, 8), d.position());
        assertEquals("malformed YAML: while scanning a quoted scalar, found unexpected end of stream", d.message());
    }

    @Test
    void syntaxErrorInTheMiddleIsReportedAtTheProblem() {
        assertEquals(Optional.empty(), YamlReader.parse("id: a\ntitle: a: b\n", PATH, 0, report));
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-syntax", d.code());
        assertEquals(new Position(2, 9), d.position());
    }

    @Test
    void syntaxErrorPositionCountsTheLineOffset() {
        assertEquals(Optional.empty(), YamlReader.parse("id: a\ntitle: a: b\n", PATH, 1, report));
        assertEquals(new Position(3, 9), onlyDiagnostic().position());
    }

    @Test
    void badIndentationIsReported() {
        assertEquals(Optional.empty(), YamlReader.parse("archive:\n  file: a\n sha256: b\n", PATH, 0, report));
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-syntax", d.code());
        assertEquals(3, d.position().line());
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondWithTheLineOfTheFirst() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse("""
                id: a
                title: First
                date: x
                title: Second
                """, 0);
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-duplicate-key", d.code());
        assertEquals(new Position(4, 1), d.position());
        assertEquals("duplicate key 'title' (first set at line 2)", d.message());
        assertEquals("First", ((YamlNode.Scalar) root.get("title")).value(), "the first value is kept");
    }

    @Test
    void duplicateKeyLinesCountTheLineOffsetAndNesting() {
        parse("""
                archive:
                  file: a
                  file: b
                """, 1);
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-duplicate-key", d.code());
        assertEquals(new Position(4, 3), d.position());
        assertEquals("duplicate key 'file' (first set at line 3)", d.message());
    }

    @Test
    void aKeyThatIsNotAScalarIsReported() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse("? [a, b]\n: c\nd: e\n", 0);
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-key", d.code());
        assertEquals(new Position(1, 3), d.position());
        assertEquals("a key must be a plain name, not a list", d.message());
        assertEquals(List.of("d"), List.copyOf(root.entries().keySet()));
    }

    @Test
    void recursiveAliasIsReportedNotFollowedForever() {
        Optional<YamlNode> node = YamlReader.parse("id: a\nb: &x [1, {c: *x}]\n", PATH, 1, report);
        assertEquals(Optional.empty(), node);
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-syntax", d.code());
        assertEquals(new Position(3, 4), d.position());
        assertEquals("malformed YAML: an alias refers to a node that contains it", d.message());
    }

    @Test
    void aliasesThatAreNotRecursiveAreExpanded() {
        YamlNode.Mapping root = (YamlNode.Mapping) parse("a: &x [1, 2]\nb: [*x, *x]\n", 0);
        YamlNode.Sequence b = (YamlNode.Sequence) root.get("b");
        assertEquals(2, b.items().size());
        assertEquals(List.of("1", "2"), ((YamlNode.Sequence) b.items().get(1)).items().stream()
                .map(n -> ((YamlNode.Scalar) n).value()).toList());
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x]\n");
        yaml.append("b: [").append("*a, ".repeat(30)).append("x]\n");
        assertEquals(Optional.empty(), YamlReader.parse(yaml.toString(), PATH, 0, report));
        assertEquals("yaml-limit", onlyDiagnostic().code());
        // the 21st alias: "b: [" and twenty "*a, " before it
        assertEquals(new Position(2, 5 + 4 * 20), onlyDiagnostic().position());
    }

    @Test
    void aliasesToScalarsAreNotLimited() {
        StringBuilder yaml = new StringBuilder("a: &a x\n");
        yaml.append("b: [").append("*a, ".repeat(100)).append("x]\n");
        assertTrue(YamlReader.parse(yaml.toString(), PATH, 0, report).isPresent());
        assertTrue(report.diagnostics().isEmpty());
    }

    @Test
    void anAliasBombIsRefusedAtTheAliasThatPassesTheLimit() {
        String yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        assertEquals(Optional.empty(), YamlReader.parse(yaml, PATH, 3, report));
        // 9 + 9 aliases before line 4, whose third is the 21st
        assertEquals(new Position(3 + 4, 16), onlyDiagnostic().position());
        assertTrue(onlyDiagnostic().message().contains("more than 20 aliases"), onlyDiagnostic().message());
    }

    @Test
    void expandingAliasesPastTheNodeLimitIsRefused() {
        String yaml = "big: &big [" + "1,".repeat(YamlLimits.DOCUMENT.nodes() / 10) + "1]\nmany: [" + "*big, ".repeat(12) + "*big]\n";
        assertEquals(Optional.empty(), YamlReader.parse(yaml, PATH, 0, report));
        assertEquals("yaml-limit", onlyDiagnostic().code());
        assertTrue(onlyDiagnostic().message().contains("once its aliases"), onlyDiagnostic().message());
    }

    @Test
    void nestingPastTheDepthLimitIsRefusedWhereItIsPassed() {
        String yaml = "deep: " + "[".repeat(60) + "]".repeat(60) + "\n";
        assertEquals(Optional.empty(), YamlReader.parse(yaml, PATH, 0, report));
        // the root mapping is the first level, the 50th '[' the 51st
        assertEquals(new Position(1, 7 + 49), onlyDiagnostic().position());
        assertEquals("YAML limit: nested more than 50 levels deep", onlyDiagnostic().message());
    }

    @Test
    void aDocumentPastTheSizeLimitIsRefusedAtTheFirstCharacterTooMany() {
        String yaml = "a: " + "x".repeat(YamlLimits.DOCUMENT.codePoints());
        assertEquals(Optional.empty(), YamlReader.parse(yaml, PATH, 1, report));
        assertEquals(new Position(2, YamlLimits.DOCUMENT.codePoints() + 1), onlyDiagnostic().position());
    }

    @Test
    void tooManyValuesAreRefused() {
        String yaml = "a: [" + "1,".repeat(YamlLimits.DOCUMENT.nodes()) + "1]\n";
        assertEquals(Optional.empty(), YamlReader.parse(yaml, PATH, 0, report));
        assertEquals("YAML limit: more than " + YamlLimits.DOCUMENT.nodes() + " values and keys in one document", onlyDiagnostic().message());
    }

    @Test
    void theSiteWideLimitsTakeTheManifestOfALargeDossierThatOneDocumentsWouldRefuse() {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - {id: s-").append(i).append(", a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9}\n");
        }
        assertTrue(YamlReader.parse(yaml.toString(), PATH, 0, YamlLimits.SITE_WIDE, report).isPresent(), report.diagnostics()::toString);
        assertTrue(report.diagnostics().isEmpty(), report.diagnostics()::toString);
        assertEquals(Optional.empty(), YamlReader.parse(yaml.toString(), PATH, 0, report));
        assertEquals("YAML limit: more than " + YamlLimits.DOCUMENT.nodes() + " values and keys in one document", onlyDiagnostic().message());
    }

    @Test
    void theSiteWideLimitsStillRefuseAnAliasBomb() {
        String yaml = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [" + "*a, ".repeat(20) + "*a]\n";
        assertEquals(Optional.empty(), YamlReader.parse(yaml, PATH, 0, YamlLimits.SITE_WIDE, report));
        assertTrue(onlyDiagnostic().message().contains("more than 20 aliases"), onlyDiagnostic().message());
    }

    @Test
    void aPositionPastTheEndOfTheTextIsKeptInsideIt() {
        YamlReader.parse("a: a: ", PATH, 0, report);
        Position at = report.diagnostics().get(0).position();
        assertEquals(1, at.line());
        assertTrue(at.column() <= "a: a: ".length() + 1, at.toString());
    }

    @Test
    void javaTagsAreRefusedNotConstructed() {
        assertEquals(Optional.empty(), YamlReader.parse("id: a\nb: !!java.io.File /etc/passwd\n", PATH, 0, report));
        Diagnostic d = onlyDiagnostic();
        assertEquals("yaml-syntax", d.code());
        assertEquals(new Position(2, 4), d.position());
    }

    /**
     * Issue 15: a key or value written plain on one line keeps its end, for fixes that replace it;
     * a quoted, tagged or folded one does not (its span is not its text). Columns count UTF-16 code
     * units, as LineMap does, where SnakeYAML counts code points: "𝔸" is two.
     */
    @Test
    void plainKeysAndValuesKeepTheirEndInUtf16Columns() {
        YamlNode.Mapping root = assertInstanceOf(YamlNode.Mapping.class, parse("""
                kind: plase
                title: "Quoted"
                tagged: !!str word
                escaped: "a\\u0041b"
                item: {text: "𝔸 b", sorce: x}
                """, 2));
        assertEquals(new Position(3, 5), root.keyEnds().get("kind"));
        assertEquals(new Span(new Position(3, 7), new Position(3, 12)), assertInstanceOf(YamlNode.Scalar.class, root.get("kind")).text());
        assertEquals(new Span(new Position(4, 9), new Position(4, 15)), assertInstanceOf(YamlNode.Scalar.class, root.get("title")).text(),
                "inside the quotes");
        assertNull(assertInstanceOf(YamlNode.Scalar.class, root.get("tagged")).text());
        assertNull(assertInstanceOf(YamlNode.Scalar.class, root.get("escaped")).text(), "an escape: the text is not the value");
        YamlNode.Mapping item = assertInstanceOf(YamlNode.Mapping.class, root.get("item"));
        String line = "item: {text: \"𝔸 b\", sorce: x}";
        assertEquals(new Position(7, line.indexOf("sorce") + 1), item.keyPositions().get("sorce"));
        assertEquals(new Position(7, line.indexOf("sorce") + 6), item.keyEnds().get("sorce"));
        assertEquals(new Position(7, line.indexOf(" x}") + 3), assertInstanceOf(YamlNode.Scalar.class, item.get("sorce")).text().end());
        assertEquals(new Position(7, line.indexOf("𝔸") + 1), assertInstanceOf(YamlNode.Scalar.class, item.get("text")).text().start());
    }
}
