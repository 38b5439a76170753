package dossier.config;

import dossier.diag.Diagnostic;
import dossier.diag.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteConfigTest {

    private static SiteConfig load(Path dir, String properties, Report report) throws IOException {
        Files.writeString(dir.resolve(SiteConfig.FILE), properties);
        return SiteConfig.load(dir, report);
    }

    @Test
    void aBaseUrlIsNormalisedToEndInASlashAndMakesAbsoluteAddresses(@TempDir Path dir) throws IOException {
        Report report = new Report();
        SiteConfig config = load(dir, "site.title=T\nsite.baseurl=https://example.org/dossier\n", report);
        assertEquals(List.of(), report.diagnostics());
        assertEquals("https://example.org/dossier/", config.baseUrl());
        assertEquals(Optional.of("https://example.org/dossier/"), config.absoluteUrl("index.html"));
        assertEquals(Optional.of("https://example.org/dossier/tags/"), config.absoluteUrl("tags/index.html"));
        assertEquals(Optional.of("https://example.org/dossier/articles/a%20b.html"), config.absoluteUrl("articles/a b.html"));
    }

    @Test
    void withoutABaseUrlNothingIsAbsolute(@TempDir Path dir) throws IOException {
        SiteConfig config = load(dir, "site.title=South Korea: chips & minerals\n", new Report());
        assertNull(config.baseUrl());
        assertEquals(Optional.empty(), config.absoluteUrl("index.html"));
        assertEquals("south-korea-chips-minerals,2026", config.id(), "a default id from the title");
    }

    @Test
    void malformedSettingsAreReportedAtTheirLine(@TempDir Path dir) throws IOException {
        Report report = new Report();
        SiteConfig config = load(dir, "site.title=T\n\nsite.baseurl=ftp://example.org/\nsite.id = not an id\n", report);
        List<Diagnostic> d = report.diagnostics();
        assertEquals(2, d.size(), d.toString());
        assertEquals("jbake.properties:3:14: error: site.baseurl 'ftp://example.org/' is not an absolute web address: it must start with https:// or http:// [bad-baseurl]", d.get(0).headline());
        assertTrue(d.get(1).headline().startsWith("jbake.properties:4:11: error: site.id 'not an id' must be"), d.get(1).headline());
        assertNull(config.baseUrl());
        for (String bad : List.of("https:///path", "https://example.org/?q=1", "https://example.org/#top", "/dossier/", "https://user:pw@example.org/")) {
            Report r = new Report();
            assertNull(load(dir, "site.baseurl=" + bad + "\n", r).baseUrl(), bad);
            assertTrue(r.hasErrors(), bad);
        }
    }

    @Test
    void aSiteIdIsATaggingEntity(@TempDir Path dir) throws IOException {
        Report report = new Report();
        assertEquals("editors@example.org,2026-02", load(dir, "site.id=editors@example.org,2026-02\n", report).id());
        assertEquals(List.of(), report.diagnostics());
    }

    @Test
    void suppressKeepsWarningCodesAndRefusesUnknownAndErrorCodesWhereTheyStand(@TempDir Path dir) throws IOException {
        Report report = new Report();
        SiteConfig config = load(dir, "site.title=T\ndossier.suppress = draft,  uncited-source broken-link, drafts\n", report);
        assertEquals(java.util.Set.of("draft", "uncited-source"), config.suppressedWarnings());
        List<String> headlines = report.diagnostics().stream().map(Diagnostic::headline).toList();
        assertEquals(2, headlines.size(), headlines.toString());
        assertTrue(headlines.get(0).startsWith("jbake.properties:2:43: error: dossier.suppress names 'broken-link', an error"), headlines.get(0));
        assertTrue(headlines.get(1).startsWith("jbake.properties:2:56: error: dossier.suppress names 'drafts', which is not a diagnostic code (did you mean 'draft'"), headlines.get(1));
    }

    @Test
    void aRepeatedKeyIsReportedAtTheLineWhoseValueIsUsed(@TempDir Path dir) throws IOException {
        Report report = new Report();
        SiteConfig config = load(dir, "site.id=example.org,2026\nsite.title=T\nsite.id = not an id\n", report);
        List<String> headlines = report.diagnostics().stream().map(Diagnostic::headline).toList();
        assertEquals(2, headlines.size(), headlines.toString());
        assertEquals("jbake.properties:1:1: warning: 'site.id' is set again on line 3, whose value is used: this line has no effect [setting-repeated]",
                headlines.get(0));
        assertTrue(headlines.get(1).startsWith("jbake.properties:3:11: error: site.id 'not an id' must be"), headlines.get(1));
        assertEquals("t,2026", config.id(), "the bad value that wins is not used; the default is");
    }

    @Test
    void unknownSettingsAndValuesThatCannotChangeAreReportedNamingTheSetting(@TempDir Path dir) throws IOException {
        Report report = new Report();
        load(dir, "# a comment\nsite.titel=T\noutput.extension = .htm\nrender.encoding=utf8\ntemplate.home.file=home.ftl\n"
                + "template.folder=a/../../b\n", report);
        // template.folder leading out of the site is build.SiteFolders' to say, with links followed
        List<String> headlines = report.diagnostics().stream().map(Diagnostic::headline).toList();
        assertEquals(List.of(
                "jbake.properties:2:1: error: unknown setting 'site.titel' (did you mean 'site.title'?) [setting-unknown]",
                "jbake.properties:3:20: error: output.extension '.htm' cannot be changed: it must be '.html' (every link between pages is built with it); remove the line or write .html [setting-value]"),
                headlines, "utf8 is a name of UTF-8, so it is accepted");
    }

    @Test
    void positionsFollowContinuationLinesAndEscapedKeys(@TempDir Path dir) throws IOException {
        Report report = new Report();
        SiteConfig config = load(dir, "site.description=one \\\n    two\nsite\\.baseurl=x\n  site.baseurl:ftp://x/\n", report);
        assertEquals("one two", config.description());
        List<String> headlines = report.diagnostics().stream().map(Diagnostic::headline).toList();
        assertEquals(2, headlines.size(), headlines.toString());
        assertEquals("jbake.properties:3:1: warning: 'site.baseurl' is set again on line 4, whose value is used: this line has no effect [setting-repeated]",
                headlines.get(0), "site\\.baseurl is site.baseurl once its escape is read, as JBake reads it");
        assertTrue(headlines.get(1).startsWith("jbake.properties:4:16: error: site.baseurl 'ftp://x/'"), headlines.toString());
    }

    @Test
    void aMalformedEscapeIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Report report = new Report();
        SiteConfig config = load(dir, "site.title=T\n\n  site.description=\\u12\n", report);
        assertEquals(List.of("jbake.properties:3:3: error: cannot read jbake.properties: Malformed \\uxxxx encoding. [config]"),
                report.diagnostics().stream().map(Diagnostic::headline).toList());
        assertEquals(SiteConfig.defaults(), config);
    }
}
