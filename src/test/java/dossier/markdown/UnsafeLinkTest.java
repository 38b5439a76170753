package dossier.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which link targets would run a script, as the browser reads them. */
class UnsafeLinkTest {

    @Test
    void schemesThatRunCodeAreUnsafeHoweverWritten() {
        for (String url : List.of("javascript:alert(1)", "JavaScript:x", " java\tscript:x", "java&#x73;cript:x", "\u007Fjava\nscript:x",
                "vbscript:x", "DATA:text/html,x", "data:\n")) {
            assertTrue(DossierNodeRenderer.isUnsafe(url), url);
        }
    }

    @Test
    void otherTargetsAreSafe() {
        for (String url : List.of("https://example.org/javascript:x", "article-1.md", "#p2", "", "datab:x", "javascript", "mailto:a@b.c")) {
            assertFalse(DossierNodeRenderer.isUnsafe(url), url);
        }
        assertFalse(DossierNodeRenderer.isUnsafe(null));
    }
}
