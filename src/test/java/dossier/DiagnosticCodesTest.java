package dossier;

import dossier.diag.Codes;
import dossier.diag.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The catalogue (src/main/resources/dossier/diag/codes.md) and the sources agree: every code the
 * sources raise has exactly one entry with the severity it is raised with, and every entry is raised
 * somewhere. Codes are read from the calls that raise them, whether the code is written in the call
 * or in a String constant of the same file.
 */
class DiagnosticCodesTest {
    private static final Path MAIN = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/dossier");
    /** The call, then its first argument: a literal code or a constant's name. */
    private static final Pattern CALL = Pattern.compile(
            "(\\.error|\\.warning|new Diagnostic|Diagnostic\\.error)\\(\\s*(\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_.]*)\\s*,(\\s*Severity\\.(ERROR|WARNING))?");
    private static final Pattern CONSTANT = Pattern.compile("String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([a-z0-9-]+)\"\\s*;");
    /** Where diagnostics are defined rather than raised: their parameters are codes passed through. */
    private static final Set<String> DEFINITIONS = Set.of("diag/Diagnostic.java", "diag/Report.java");

    @Test
    void everyCodeRaisedHasOneEntryWithItsSeverityAndEveryEntryIsRaised() throws IOException {
        Map<String, Set<Severity>> raised = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String where = MAIN.relativize(file).toString().replace('\\', '/');
                if (DEFINITIONS.contains(where)) {
                    continue;
                }
                String text = Files.readString(file);
                Map<String, String> constants = new HashMap<>();
                CONSTANT.matcher(text).results().forEach(m -> constants.put(m.group(1), m.group(2)));
                Matcher m = CALL.matcher(text);
                while (m.find()) {
                    String argument = m.group(2);
                    String code = argument.startsWith("\"") ? argument.substring(1, argument.length() - 1)
                            : constants.get(argument.substring(argument.lastIndexOf('.') + 1));
                    if (code == null || !code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                        unreadable.add(where + ": " + m.group());
                        continue;
                    }
                    Severity severity = m.group(1).equals(".warning") || "WARNING".equals(m.group(4)) ? Severity.WARNING : Severity.ERROR;
                    raised.computeIfAbsent(code, k -> new TreeSet<>()).add(severity);
                }
            }
        }
        assertEquals(List.of(), unreadable, "codes must be a literal or a String constant of the same file");

        Codes catalogue = Codes.catalogue();
        Set<String> withoutEntry = new TreeSet<>(raised.keySet());
        withoutEntry.removeAll(catalogue.codes());
        assertEquals(Set.of(), withoutEntry, "codes raised in src/main/java without an entry in src/main/resources/dossier/diag/codes.md");
        Set<String> neverRaised = new TreeSet<>(catalogue.codes());
        neverRaised.removeAll(raised.keySet());
        assertEquals(Set.of(), neverRaised, "entries in codes.md that src/main/java never raises");
        Map<String, Set<Severity>> catalogued = new TreeMap<>();
        catalogue.entries().forEach(e -> catalogued.put(e.code(), Set.of(e.severity())));
        assertEquals(catalogued, raised, "each code is raised with the severity its entry gives");
    }
}
