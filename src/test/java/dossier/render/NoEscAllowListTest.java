package dossier.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates escape everything they print, except where {@code ?no_esc} says not to; that may only
 * be HTML our Java code built with the user's text escaped inside. Every {@code ?no_esc} in
 * templates/ must be applied directly to a view field on {@link #ALLOWED}, and each entry names the
 * method that builds that HTML. Switches that turn escaping off for a whole block, and
 * {@code ?eval}/{@code ?interpret} (which could assemble a {@code ?no_esc} this scan cannot see),
 * are refused outright. A review guard, not the sandbox: {@link TemplateSandboxTest} is that.
 */
class NoEscAllowListTest {
    private static final Path TEMPLATES = Path.of(System.getProperty("basedir", ".")).resolve("templates");

    /** A view field that holds HTML, the records that have it, and the Java method that builds it. */
    record HtmlField(String field, String builtBy, Set<Class<? extends Record>> records) {
    }

    static final List<HtmlField> ALLOWED = List.of(
            new HtmlField("bodyHtml", "dossier.markdown.PageTrees#render",
                    Set.of(Views.Home.class, Views.Article.class, Views.Basic.class, Views.Entity.class)),
            new HtmlField("citationHtml", "dossier.render.CitationStyle#format", Set.of(Views.Reference.class, Views.Source.class)),
            new HtmlField("citeHtml", "dossier.render.ChicagoNotes#page", Set.of(Views.Article.class)),
            new HtmlField("chartSvg", "dossier.render.internal.BarChart#svg", Set.of(Views.FigureChart.class)),
            new HtmlField("svg", "dossier.render.internal.GraphSvg#svg", Set.of(Views.Graph.class)),
            new HtmlField("graphSvg", "dossier.render.internal.GraphSvg#svg", Set.of(Views.Entity.class)),
            // JSON for a script element: every string escaped with Json.quoteForScript, so no "<" ends the element
            new HtmlField("json", "dossier.render.PreviewData#write", Set.of(Views.Previews.class)));

    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern NO_ESC = Pattern.compile("\\?\\s*(no_esc|noEsc)\\b");
    /** The expression right before ?no_esc: a plain path such as page.bodyHtml, nothing computed. */
    private static final Pattern PATH_BEFORE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*$");
    private static final Pattern UNESCAPING = Pattern.compile(
            "<#(noautoesc|noAutoEsc|outputformat|outputFormat)\\b|<#ftl\\b[^>]*\\b(output_format|outputFormat|auto_esc|autoEsc)\\b"
                    + "|\\?\\s*(eval|interpret)\\b");

    @Test
    void everyNoEscInTheTemplatesIsOnAnAllowedField() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        List<Path> templates = templates();
        for (Path template : templates) {
            String name = "templates/" + TEMPLATES.relativize(template).toString().replace('\\', '/');
            problems.addAll(problems(name, Files.readString(template), used));
        }
        assertEquals(List.of(), problems);
        assertFalse(templates.isEmpty(), "no templates found in " + TEMPLATES);
        // an entry no template uses any more is a permission nobody needs: drop it
        assertEquals(ALLOWED.stream().map(HtmlField::field).collect(TreeSet::new, Set::add, Set::addAll), used);
    }

    @Test
    void eachAllowedFieldNamesTheOnlyRecordsWithThatFieldAndAMethodThatExists() throws Exception {
        for (HtmlField allowed : ALLOWED) {
            Set<Class<?>> holders = new java.util.HashSet<>();
            for (Class<?> view : Views.class.getDeclaredClasses()) {
                if (view.isRecord()) {
                    for (RecordComponent c : view.getRecordComponents()) {
                        if (c.getName().equals(allowed.field())) {
                            holders.add(view);
                            assertEquals(String.class, c.getType(), view.getSimpleName() + "." + c.getName());
                        }
                    }
                }
            }
            // a new record reusing an allowed name must be reviewed and added here, not slip through
            assertEquals(Set.copyOf(allowed.records()), holders, "records with a field " + allowed.field());
            String[] method = allowed.builtBy().split("#");
            assertTrue(Arrays.stream(Class.forName(method[0]).getDeclaredMethods()).anyMatch(m -> m.getName().equals(method[1])),
                    allowed.builtBy() + " does not exist: say which method builds " + allowed.field());
        }
    }

    @Test
    void theScanRefusesWhatIsNotAllowed() {
        Set<String> used = new TreeSet<>();
        assertEquals(List.of(), problems("t.ftl", "${page.bodyHtml?no_esc} ${g.chartSvg ? noEsc} <#-- ${page.summary?no_esc} -->", used));
        assertEquals(Set.of("bodyHtml", "chartSvg"), used);
        assertEquals(List.of("t.ftl:2:6: ?no_esc on page.summary, which is not on the allow-list"),
                problems("t.ftl", "<p>\n<p>${page.summary?no_esc}</p>", used));
        assertEquals(1, problems("t.ftl", "${(page.bodyHtml)?no_esc}", used).size(), "computed expressions are refused");
        assertEquals(1, problems("t.ftl", "${page.bodyHtml!\"\"?no_esc}", used).size());
        assertEquals(1, problems("t.ftl", "<#assign fake = {\"bodyHtml\": page.summary}>${fake.bodyHtml?no_esc}", used).size());
        assertEquals(1, problems("t.ftl", "<#noautoesc>${page.summary}</#noautoesc>", used).size());
        assertEquals(1, problems("t.ftl", "<#outputformat \"plainText\">${page.summary}</#outputformat>", used).size());
        assertEquals(1, problems("t.ftl", "<#ftl auto_esc=false>${page.summary}", used).size());
        assertEquals(1, problems("t.ftl", "<@(\"$\" + \"{page.summary?no\" + \"_esc}\")?interpret/>", used).size());
    }

    /** What is wrong in one template's source, as file:line:col messages; records the allowed fields it uses. */
    static List<String> problems(String name, String source, Set<String> used) {
        String code = blankComments(source);
        List<String> problems = new ArrayList<>();
        Matcher noEsc = NO_ESC.matcher(code);
        while (noEsc.find()) {
            Matcher path = PATH_BEFORE.matcher(code.substring(0, noEsc.start()));
            String expression = path.find() ? path.group(1) : null;
            String field = expression == null ? null : expression.substring(expression.lastIndexOf('.') + 1);
            if (expression != null && expression.contains(".") && ALLOWED.stream().anyMatch(a -> a.field().equals(field))) {
                used.add(field);
            } else {
                int at = expression == null ? noEsc.start() : path.start(1);
                problems.add(name + ":" + position(code, at) + ": ?no_esc on "
                        + (expression == null ? "a computed expression" : expression) + ", which is not on the allow-list");
            }
        }
        // a hash literal with an allowed field's name would pass any string off as our HTML
        for (HtmlField allowed : ALLOWED) {
            Matcher key = Pattern.compile("[\"']" + allowed.field() + "[\"']\\s*:").matcher(code);
            while (key.find()) {
                problems.add(name + ":" + position(code, key.start()) + ": a hash key named " + allowed.field()
                        + " would pass for a view field on the allow-list");
            }
        }
        Matcher unescaping = UNESCAPING.matcher(code);
        while (unescaping.find()) {
            problems.add(name + ":" + position(code, unescaping.start()) + ": " + unescaping.group().strip()
                    + " can print text unescaped; use ?no_esc on an allowed field");
        }
        return problems;
    }

    /** Comments are not code; replaced by spaces (keeping line breaks) so positions stay right. */
    private static String blankComments(String source) {
        Matcher m = COMMENT.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        return m.appendTail(out).toString();
    }

    private static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        }
    }
}
