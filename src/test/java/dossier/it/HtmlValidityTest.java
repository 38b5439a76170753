package dossier.it;

import dossier.build.Build;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the shipped dossier passes the Nu HTML Checker (the W3C's HTML5 validator), warnings included. */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtml5(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        assertTrue(new Build().run(new Build.Options(Sites.PROJECT, out)).ok());
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String file : Sites.files(out)) {
            if (file.endsWith(".html")) {
                pages++;
                String messages = validator.validate(out.resolve(file));
                messages.lines().filter(l -> !l.isBlank()).forEach(l -> problems.add(file + ": " + l));
            }
        }
        assertTrue(pages >= 12, "pages checked: " + pages);
        assertEquals(List.of(), problems);
        String broken = "<!DOCTYPE html><html lang=en><title>t</title><ul><p>not a list item</ul>";
        assertTrue(!validator.validate(new java.io.ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isBlank(),
                "the checker does report invalid HTML");
    }
}
