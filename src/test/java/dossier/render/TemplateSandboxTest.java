package dossier.render;

import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates are code from strangers: each probe here is one way a template could try to reach Java
 * (a class, a method that is not a view field, a setting that lifts the limits); every one must fail.
 * The first test shows that the same engine renders view fields, so the failures are the sandbox's.
 */
class TemplateSandboxTest {
    @TempDir
    Path site;

    @Test
    void viewFieldsAreReadable() throws Exception {
        assertEquals("About|x.html|About|1", render("${page.label}|${page.href}|${page.label()}|${site.nav?size}"));
    }

    static Stream<Arguments> probes() {
        String refusedClass = "is not allowed in the template for security reasons";
        String noApi = "\"api_builtin_enabled\" configuration setting is false";
        String notAMember = "has evaluated to null or missing";
        String fixedSetting = "changing this setting from inside a template isn't supported";
        return Stream.of(
                Arguments.of("${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"x\")}", refusedClass),
                Arguments.of("<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}", refusedClass),
                Arguments.of("${\"freemarker.template.utility.JythonRuntime\"?new()}", refusedClass),
                Arguments.of("${page?api.getClass()}", noApi),
                Arguments.of("${site.nav?api.size()}", noApi),
                Arguments.of("${.data_model.page?api}", noApi),
                Arguments.of("${page.getClass().getName()}", notAMember),
                Arguments.of("${page.class.name}", notAMember),
                Arguments.of("${page.hashCode()}", notAMember),
                Arguments.of("${page.equals(page)?c}", notAMember),
                Arguments.of("<#setting new_builtin_class_resolver=\"unrestricted\">${\"freemarker.template.utility.Execute\"?new()(\"id\")}", fixedSetting),
                Arguments.of("<#setting api_builtin_enabled=true>${site.nav?api.size()}", fixedSetting),
                Arguments.of("<#setting object_wrapper=\"beans\">x", fixedSetting),
                // ?eval and ?interpret run under the same configuration, so they lift nothing
                Arguments.of("${\"\\\"freemarker.template.utility.Execute\\\"?new()(\\\"id\\\")\"?eval}", refusedClass),
                Arguments.of("<#assign t = \"$\" + \"{'freemarker.template.utility.Execute'?new()('id')}\"><@t?interpret/>", refusedClass),
                Arguments.of("<#include \"../secret.txt\">", "Backing out from the root directory is not allowed"),
                Arguments.of("<#include \"/../secret.txt\">", "Backing out from the root directory is not allowed"));
    }

    @ParameterizedTest
    @MethodSource("probes")
    void refused(String template, String because) throws IOException {
        Files.writeString(site.resolve("secret.txt"), "secret");
        RenderingException e = assertThrows(RenderingException.class, () -> render(template), template);
        assertTrue(rootMessage(e).contains(because), template + " failed for another reason: " + rootMessage(e));
    }

    @Test
    void aViewHoldingAnythingButViewRecordsIsRefused() {
        RenderingException e = assertThrows(RenderingException.class, () -> render("${page.label}", new Object()));
        assertTrue(rootMessage(e).contains("templates see view records only, not java.lang.Object"), rootMessage(e));
    }

    private String render(String template) throws Exception {
        return render(template, new Views.Link("About", "x.html"));
    }

    private String render(String template, Object view) throws Exception {
        Path templates = Files.createDirectories(site.resolve("templates"));
        Files.writeString(templates.resolve("probe.ftl"), template);
        FreemarkerEngine engine = new FreemarkerEngine(JBakeSettings.load(site, site.resolve("out"), Map.of()),
                new Views.Site("Site", "", "en", List.of(new Views.Link("Home", "index.html"))));
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setRootPath("");
        document.put(FreemarkerEngine.VIEW, view);
        document.put(FreemarkerEngine.HEAD, new Views.Head("website", null, List.of()));
        TemplateModel model = new TemplateModel();
        model.setContent(document);
        StringWriter out = new StringWriter();
        engine.renderDocument(model, "probe.ftl", out);
        return out.toString();
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
