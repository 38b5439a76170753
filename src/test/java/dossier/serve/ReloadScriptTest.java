package dossier.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReloadScriptTest {

    private static String inject(String html) {
        return new String(ReloadScript.inject(html.getBytes(StandardCharsets.UTF_8), "b-1"), StandardCharsets.UTF_8);
    }

    @Test
    void goesBeforeTheLastClosingBodyTagInAnyCase() {
        String script = ReloadScript.element("b-1");
        assertEquals("<html><body><p>é</p>" + script + "</body></html>", inject("<html><body><p>é</p></body></html>"));
        assertEquals("<body><pre>&lt;/body&gt;</pre></body>x" + script + "</BODY >",
                inject("<body><pre>&lt;/body&gt;</pre></body>x</BODY >"));
        assertEquals("<p>no body end</p>" + script, inject("<p>no body end</p>"));
        assertEquals("<p></bodyguard></p>" + script, inject("<p></bodyguard></p>"), "not a body end tag");
    }

    @Test
    void theScriptKnowsItsBuildListensToTheEventsAndNeverParsesHtml() {
        String script = ReloadScript.element("k3x9-12");
        assertTrue(script.contains("var page = \"k3x9-12\";"), script);
        assertTrue(script.contains("new EventSource(\"/__dossier/events\")"), script);
        assertTrue(script.contains("\"build-error\""));
        assertTrue(script.contains(".textContent = d.headline"));
        assertFalse(script.contains("innerHTML"), "messages hold user text: textContent only");
        assertFalse(script.contains("insertAdjacentHTML"));
        assertEquals(1, script.split("</script", -1).length - 1, "one script element, closed once");
        assertTrue(script.contains("\\u00d7"), "the close button's × is escaped in the source");
    }

    @Test
    void buildTokensCannotBreakOutOfTheScript() {
        assertThrows(IllegalArgumentException.class, () -> ReloadScript.element("\";alert(1);//"));
        assertThrows(IllegalArgumentException.class, () -> ReloadScript.element("</script>"));
    }
}
