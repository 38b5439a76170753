package dossier.serve;

import dossier.diag.Diagnostic;
import dossier.diag.Position;
import dossier.diag.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonAndContentTypesTest {

    @Test
    void stringsStayOnOneLineAndCannotCloseAScript() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001\\u2028\\u003c/script>\"", Json.quote("a\"b\\c\nd\re\tf\u0001\u2028</script>"));
    }

    @Test
    void diagnosticsCarryTheirHeadlineAndHint() {
        Diagnostic d = Diagnostic.error("excerpt-mismatch", "content/a.md", new Position(9, 3), "excerpt is not 'verbatim'")
                .withHint("closest passage, ¶1: \"x\"\nonly white space may differ");
        String json = Json.diagnostics(List.of(d));
        assertTrue(json.contains("\"headline\":\"content/a.md:9:3: error: excerpt is not 'verbatim' [excerpt-mismatch]\""), json);
        assertTrue(json.contains("\"hint\":\"closest passage, ¶1: \\\"x\\\"\\nonly white space may differ\""), json);
        assertFalse(json.contains("\n"));
        assertEquals("[]", Json.diagnostics(List.of()));
    }

    @Test
    void theOverlayListsErrorsFirstThenByPathAndPosition() {
        Diagnostic warning = new Diagnostic("draft", Severity.WARNING, "content/a.md", Position.START, "draft", null);
        Diagnostic late = Diagnostic.error("broken-link", "content/b.md", new Position(9, 3), "no page 'x'");
        Diagnostic early = Diagnostic.error("broken-link", "content/b.md", new Position(2, 7), "no page 'y'");
        Diagnostic other = Diagnostic.error("broken-link", "content/c.md", Position.START, "no page 'z'");
        assertEquals(List.of(early, late, other, warning), DevServer.overlay(List.of(warning, other, late, early)));
    }

    @Test
    void contentTypes() {
        assertEquals("text/html; charset=utf-8", ContentTypes.of("html"));
        assertEquals("text/css; charset=utf-8", ContentTypes.of("CSS"));
        assertEquals("text/javascript; charset=utf-8", ContentTypes.of("js"));
        assertEquals("image/svg+xml; charset=utf-8", ContentTypes.of("svg"));
        assertEquals("application/json; charset=utf-8", ContentTypes.of("json"));
        assertEquals("application/xml; charset=utf-8", ContentTypes.of("xml"));
        assertEquals("text/plain; charset=utf-8", ContentTypes.of("txt"));
        assertEquals("image/png", ContentTypes.of("png"));
        assertEquals("image/jpeg", ContentTypes.of("jpg"));
        assertEquals("image/jpeg", ContentTypes.of("jpeg"));
        assertEquals("font/woff2", ContentTypes.of("woff2"));
        assertEquals("application/octet-stream", ContentTypes.of("exe"));
        assertEquals("application/octet-stream", ContentTypes.of(""));
    }

    @Test
    void onALoopbackAddressOnlyLocalHostNamesAreAnswered() {
        for (String ok : new String[] {"127.0.0.1", "127.0.0.1:8820", "localhost", "LOCALHOST:8820", "app.localhost:1",
                "[::1]:8820", "[::1]", "127.1.2.3:80", "devbox"}) {
            assertTrue(DevServer.namesThisComputer(ok, "devbox"), ok);
        }
        assertTrue(DevServer.namesThisComputer(null, "127.0.0.1"), "no Host header (HTTP/1.0)");
        for (String bad : new String[] {"evil.example", "evil.example:8820", "127.0.0.1.evil.example", "localhost.evil.example",
                "[::2]:8820", "10.0.0.1", "", "128.0.0.1"}) {
            assertFalse(DevServer.namesThisComputer(bad, "127.0.0.1"), bad);
        }
    }

    @Test
    void htmlIsEscapedInGeneratedPages() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", dossier.text.Markup.escape("<a href=\"x\">&'\u0001"));
    }
}
