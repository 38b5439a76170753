package dossier;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The release workflow builds exactly as the README says and attaches the three files, so neither drifts silently. */
class ReleaseWorkflowTest {

    @Test
    @SuppressWarnings("unchecked")
    void buildsWithTheReadmesCommandAndAttachesTheJarItsSha256AndTheOfflineZip() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher build = Pattern.compile("(?s)\\*\\*Build the dossier\\*\\*.*?```sh\\n(.+?)\\n```").matcher(readme);
        assertTrue(build.find(), "the README's build command");
        Map<String, Object> workflow = new Yaml().load(Files.readString(Path.of(".github/workflows/release.yml")));
        Map<String, Object> on = (Map<String, Object>) workflow.get(true); // YAML 1.1 reads the key `on` as true
        assertEquals(List.of("v*"), ((Map<String, Object>) on.get("push")).get("tags"));
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("release");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        List<Object> runs = steps.stream().filter(s -> s.containsKey("run")).map(s -> s.get("run")).toList();
        assertEquals(List.of(build.group(1), "sha256sum target/dossier.jar > dossier.jar.sha256"), runs);
        Map<String, Object> release = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("softprops/action-gh-release@"))
                .findFirst().orElseThrow();
        String files = (String) ((Map<String, Object>) release.get("with")).get("files");
        assertEquals(List.of("target/dossier.jar", "dossier.jar.sha256", "target/site/" + dossier.publish.OfflineCopy.FILE),
                files.strip().lines().map(String::strip).toList());
    }
}
