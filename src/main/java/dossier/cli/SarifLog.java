package dossier.cli;

import dossier.text.PercentEncoding;
import dossier.diag.Codes;
import dossier.diag.Diagnostic;
import dossier.diag.Fix;
import dossier.diag.Position;
import dossier.diag.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A check's diagnostics as a SARIF 2.1.0 log ({@code check --format sarif}), the format GitHub
 * code scanning and editors' SARIF viewers read: one run of the tool "Dossier", a rule per code
 * that occurs (its summary and {@code dossier explain} text from {@link Codes}), a result per
 * diagnostic. Paths are URIs relative to the site root, {@value #ROOT} (its absolute URI in
 * {@code originalUriBaseIds}); regions are 1-based, columns in UTF-16 code units (SARIF's
 * default column kind, and what {@link dossier.diag.LineMap} counts). A region has an end only
 * where the diagnostic knows its span; without one SARIF takes the rest of the line. A certain
 * fix becomes a SARIF {@code fix}. Nothing varies but the input: no times, no machine names
 * besides the root's path, diagnostics in {@link Diagnostic#ORDER}, rules by code.
 */
final class SarifLog {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String ROOT = "SITEROOT";

    private SarifLog() {
    }

    static String of(List<Diagnostic> diagnostics, Path siteRoot, String version, Codes codes) {
        List<String> ruleIds = new ArrayList<>(new TreeSet<>(diagnostics.stream().map(Diagnostic::code).toList()));
        List<Object> rules = new ArrayList<>();
        for (String id : ruleIds) {
            rules.add(rule(id, codes));
        }
        List<Object> results = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            results.add(result(d, ruleIds.indexOf(d.code())));
        }
        Map<String, Object> driver = map("name", "Dossier", "version", version, "rules", rules);
        String rootUri = siteRoot.toAbsolutePath().normalize().toUri().toString();
        Map<String, Object> run = map("tool", map("driver", driver),
                "originalUriBaseIds", map(ROOT, map("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/",
                        "description", text("The site root: the folder given with --site."))),
                "columnKind", "utf16CodeUnits",
                "results", results);
        return JsonTree.write(map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run)));
    }

    private static Map<String, Object> rule(String id, Codes codes) {
        return codes.find(id).<Map<String, Object>>map(entry -> map("id", id,
                "shortDescription", text(entry.summary()),
                "fullDescription", text(firstParagraph(entry)),
                "help", map("text", entry.text(), "markdown", entry.text()),
                "defaultConfiguration", map("level", level(entry.severity()))))
                .orElseGet(() -> map("id", id));
    }

    /** What the code means: the catalogue's first paragraph, unless the entry starts with its example or fix (then its summary). */
    private static String firstParagraph(Codes.Entry entry) {
        String paragraph = entry.text().split("\n\\s*\n", 2)[0].strip();
        boolean explains = !paragraph.isEmpty() && !paragraph.startsWith("Example") && !paragraph.startsWith("Fix");
        return explains ? paragraph.replaceAll("\\s*\n\\s*", " ") : entry.summary();
    }

    private static Map<String, Object> result(Diagnostic d, int ruleIndex) {
        String message = d.hint() == null || d.hint().isBlank() ? d.message() : d.message() + "\n" + d.hint();
        Map<String, Object> region = d.hasSpan() ? region(d.position(), d.end()) : map("startLine", d.position().line(),
                "startColumn", d.position().column());
        Map<String, Object> location = map("physicalLocation", map("artifactLocation", artifact(d.path()), "region", region));
        return map("ruleId", d.code(), "ruleIndex", ruleIndex, "level", level(d.severity()),
                "message", text(message),
                "locations", List.of(location),
                "fixes", d.fix() == null ? null : List.of(fix(d.fix(), d.path())));
    }

    private static Map<String, Object> fix(Fix fix, String path) {
        List<Object> replacements = new ArrayList<>();
        for (Fix.Replacement r : fix.replacements()) {
            replacements.add(map("deletedRegion", region(r.start(), r.end()), "insertedContent", map("text", r.text())));
        }
        return map("description", text(fix.description()),
                "artifactChanges", List.of(map("artifactLocation", artifact(path), "replacements", replacements)));
    }

    private static Map<String, Object> region(Position start, Position end) {
        return map("startLine", start.line(), "startColumn", start.column(), "endLine", end.line(), "endColumn", end.column());
    }

    private static Map<String, Object> artifact(String path) {
        return map("uri", uri(path), "uriBaseId", ROOT);
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    private static Map<String, Object> text(String text) {
        return map("text", text);
    }

    /** A relative path as a URI reference: each byte outside RFC 3986's path characters percent-encoded (UTF-8). */
    static String uri(String path) {
        return PercentEncoding.encode(path, PercentEncoding.PATH);
    }

    /** A map in the order its keys are given: SARIF readers do not care, but the bytes must not vary. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
